using NewsBot.Core.Indexing;

namespace NewsBot.Core.Answering;

/// <summary>A sentence that could anchor a quote: where it is, the question terms it and its neighbours hold, and its features.</summary>
/// <param name="Sentence">Index in <see cref="SnapshotArticle.Sentences"/>.</param>
/// <param name="ParagraphFirst">The sentences of its paragraph that were read, the first (quotes grow only inside the paragraph).</param>
/// <param name="ParagraphLast">The last read sentence of its paragraph.</param>
internal sealed record SentenceCandidate(ArticleEvidence Evidence, int Sentence, int ParagraphFirst, int ParagraphLast, double[] Features)
{
    public double Score { get; set; }

    /// <summary>The paragraph's BM25 over the most any paragraph could score for the question (0..1).</summary>
    public double ParagraphMatch { get; set; }

    public SnapshotArticle Article => Evidence.Article;
}
