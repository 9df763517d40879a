namespace NewsBot.Core.Articles;

/// <summary>A source file that could not be turned into articles, and why (for the indexing summary).</summary>
public sealed record SkippedFile(string Path, string Reason);
