using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;

namespace NewsBot.Core.Answering;

/// <summary>A scored window of an article that could be quoted: its span, matches (article offsets) and features.</summary>
internal sealed record QuoteCandidate(
    SnapshotArticle Article,
    TextSpan Span,
    IReadOnlyList<TermOccurrence> Matches,
    QuoteFeatures Features,
    double Score,
    double Confidence);
