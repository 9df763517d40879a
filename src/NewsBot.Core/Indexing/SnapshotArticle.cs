using System.Collections.Frozen;
using NewsBot.Core.Articles;
using NewsBot.Core.Catalog;
using NewsBot.Core.Search;

namespace NewsBot.Core.Indexing;

/// <summary>
/// An article of an <see cref="IndexSnapshot"/>: metadata, and its content (full text, spans, passages in order),
/// which is read from the stored article document on first use, so a snapshot never has to hold every article's
/// text. Two instances for the same article document of the same snapshot are equal.
/// </summary>
internal sealed class SnapshotArticle : IEquatable<SnapshotArticle>
{
    private readonly IndexSnapshot _snapshot;
    private ArticleContent? _content;
    private FrozenSet<string>? _titleTerms;

    public SnapshotArticle(IndexSnapshot snapshot, int docId, string id, string title, string? url, DateTimeOffset? date, string? author,
        string contentHash, string firstParagraph, ArticleContent? content)
    {
        _snapshot = snapshot;
        Index = docId;
        Id = id;
        Title = title;
        Url = url;
        Date = date;
        ContentHash = contentHash;
        Summary = new ArticleSummary(id, title, url, date, author, firstParagraph);
        _content = content;
    }

    /// <summary>The article document's id: articles compare in index order by it.</summary>
    public int Index { get; }

    public string Id { get; }

    public string Title { get; }

    public string? Url { get; }

    public DateTimeOffset? Date { get; }

    public string ContentHash { get; }

    public ArticleSummary Summary { get; }

    public string Text => Content.Text;

    public TextSpan[] Paragraphs => Content.Paragraphs;

    public TextSpan[] Sentences => Content.Sentences;

    public IReadOnlyList<SnapshotPassage> Passages => Content.Passages;

    /// <summary>The analysed terms of the title, computed on first use (a benign race computes the same set twice).</summary>
    public FrozenSet<string> TitleTerms => _titleTerms ??= TextAnalysis.Analyze(Title).Select(token => token.Term).ToFrozenSet(StringComparer.Ordinal);

    // A benign race may read the stored document twice; both reads give equal content.
    private ArticleContent Content => _content ??= _snapshot.ReadContent(this);

    /// <summary>Sets the content when the article was read together with it (before the article is shared).</summary>
    internal void Attach(ArticleContent content) => _content = content;

    public bool Equals(SnapshotArticle? other) => other is not null && Index == other.Index && ReferenceEquals(_snapshot, other._snapshot);

    public override bool Equals(object? obj) => obj is SnapshotArticle other && Equals(other);

    public override int GetHashCode() => Index;
}
