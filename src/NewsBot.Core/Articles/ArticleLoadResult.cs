namespace NewsBot.Core.Articles;

/// <summary>What reading one source file produced: its articles (a JSON Lines file holds many), or the reason it was skipped.
/// A file can yield articles and also skip some of its records; each skipped record is reported.</summary>
public sealed record ArticleLoadResult(string Path, IReadOnlyList<Article> Articles, IReadOnlyList<SkippedFile> Skipped);
