namespace NewsBot.Core.Answering;

/// <summary>
/// Question-level features for deciding whether the articles hold the answer at all: how sure the ranker is about its
/// best sentence, by how much it beats the next, and how much of the question's vocabulary, weighted by rarity, the
/// articles contain anywhere (a question about another subject usually names things the index has never seen).
/// </summary>
internal static class AbstentionFeatures
{
    public static readonly string[] Names =
    [
        "bias",
        "top_probability",
        "top_sentence_coverage",
        "top_window_coverage",
        "top_paragraph_coverage",
        "indexed_idf_share",       // idf share of the question's terms found anywhere in the index
        "unindexed_term_share",    // share of the question's terms found nowhere
        "margin",                  // top probability minus the next candidate's
        "rarest_term_in_top",
        "term_count",
    ];

    public static int Count => Names.Length;

    /// <param name="ranked">Candidates sorted best first (at least one).</param>
    public static double[] Describe(TermStatistics statistics, IReadOnlyList<SentenceCandidate> ranked) =>
        Describe(statistics.Share(statistics.InVocabularyMask), 1 - statistics.CountShare(statistics.InVocabularyMask), statistics.Count, ranked);

    /// <summary>The same, from the question-level values kept by a trainer that re-ranks candidates.</summary>
    public static double[] Describe(double indexedIdfShare, double unindexedTermShare, int termCount, IReadOnlyList<SentenceCandidate> ranked)
    {
        var top = ranked[0];
        var topProbability = RankingModel.Probability(top.Score);
        var second = ranked.Count > 1 ? RankingModel.Probability(ranked[1].Score) : 0;
        return
        [
            1,
            topProbability,
            top.Features[1],
            top.Features[2],
            top.Features[3],
            indexedIdfShare,
            unindexedTermShare,
            topProbability - second,
            top.Features[10],
            Math.Min(termCount, 10) / 10.0,
        ];
    }
}
