using NewsBot.Core.Articles;

namespace NewsBot.Core.Indexing;

/// <summary>The part of a <see cref="SnapshotArticle"/> read on demand: its text, spans and passages in order.</summary>
internal sealed record ArticleContent(string Text, TextSpan[] Paragraphs, TextSpan[] Sentences, IReadOnlyList<SnapshotPassage> Passages);
