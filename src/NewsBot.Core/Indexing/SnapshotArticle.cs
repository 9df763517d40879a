using System.Collections.Frozen;
using NewsBot.Core.Articles;
using NewsBot.Core.Catalog;
using NewsBot.Core.Search;

namespace NewsBot.Core.Indexing;

/// <summary>An article as cached by an <see cref="IndexSnapshot"/>: metadata, full text, spans and its passages in order.</summary>
internal sealed class SnapshotArticle(
    int index,
    string id,
    string title,
    string? url,
    DateTimeOffset? date,
    string? author,
    string contentHash,
    string firstParagraph,
    string text,
    TextSpan[] paragraphs,
    TextSpan[] sentences)
{
    private readonly List<SnapshotPassage> _passages = [];
    private FrozenSet<string>? _titleTerms;

    public int Index { get; } = index;

    public string Id { get; } = id;

    public string Title { get; } = title;

    public string? Url { get; } = url;

    public DateTimeOffset? Date { get; } = date;

    public string ContentHash { get; } = contentHash;

    public string Text { get; } = text;

    public TextSpan[] Paragraphs { get; } = paragraphs;

    public TextSpan[] Sentences { get; } = sentences;

    public IReadOnlyList<SnapshotPassage> Passages => _passages;

    public ArticleSummary Summary { get; } = new(id, title, url, date, author, firstParagraph);

    /// <summary>The analysed terms of the title, computed on first use (a benign race computes the same set twice).</summary>
    public FrozenSet<string> TitleTerms => _titleTerms ??= TextAnalysis.Analyze(Title).Select(token => token.Term).ToFrozenSet(StringComparer.Ordinal);

    internal void AddPassage(SnapshotPassage passage) => _passages.Add(passage);

    internal void SortPassages() => _passages.Sort((a, b) => a.Ordinal.CompareTo(b.Ordinal));
}
