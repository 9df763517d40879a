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
        "missing_rarest",          // highest idf among terms absent from the top paragraph and title, over the highest possible
        "missing_idf_share",       // idf share of terms absent from the top paragraph and title
        "unindexed_names",         // share of the capitalised question terms found nowhere in the index
        "missing_names",           // the top candidate's missing_name
        "top_paragraph_match",     // the top paragraph's BM25 over the most the question could score
        "top_article_coverage",    // idf share of the question found in the top candidate's article (read parts and title)
        "scattered",               // distinct stories among the five best candidates whose titles hold no question term, over five
        "top_wanted_type",         // +1 the top sentence holds the kind of answer the question wants, -1 it does not, 0 n/a
        "top_matched_share",       // distinct question terms in the top sentence over all terms
        "best_window_coverage",    // the best window coverage among the five best candidates
        "top_ordered_pairs",       // the top sentence's share of neighbouring question-term pairs found close together
        "best_ordered_pairs",      // ... the best such share among the five best candidates
        "missing_name_pairs",      // share of the question's two-word names ("Stanley Cup") no candidate writes together
    ];

    public static int Count => Names.Length;

    /// <param name="ranked">Candidates sorted best first (at least one).</param>
    public static double[] Describe(TermStatistics statistics, QuestionProfile profile, IReadOnlyList<SentenceCandidate> ranked)
    {
        var top = ranked[0];
        var topProbability = RankingModel.Probability(top.Score);
        var second = ranked.Count > 1 ? RankingModel.Probability(ranked[1].Score) : 0;
        var namePairs = QuestionPairs.Names(profile, profile.NameMask);
        var covered = top.Evidence.MaskOf(top.ParagraphFirst, top.ParagraphLast) | top.Evidence.TitleMask;
        return
        [
            1,
            topProbability,
            top.Features[1],
            top.Features[2],
            top.Features[3],
            statistics.Share(statistics.InVocabularyMask),
            1 - statistics.CountShare(statistics.InVocabularyMask),
            topProbability - second,
            top.Features[10],
            Math.Min(statistics.Count, 10) / 10.0,
            statistics.MaxIdfShare(~covered),
            statistics.Share(~covered),
            profile.NameMask == 0 ? 0 : statistics.CountShare(profile.NameMask & ~statistics.InVocabularyMask) / statistics.CountShare(profile.NameMask),
            top.Features[21],
            top.ParagraphMatch,
            top.Features[25],
            // Copies of one story (syndicated or re-published articles share a content hash) count once. Stories whose
            // title names something the question asks about do not count: in news, several articles about the same
            // subject are where an answer is expected, not a sign that the question matched nothing in particular.
            ranked.Take(5).Where(c => c.Evidence.TitleMask == 0).Select(c => c.Article.ContentHash).Distinct(StringComparer.Ordinal).Count() / 5.0,
            top.Features[11] + top.Features[12] + top.Features[13],
            top.Features[7],
            ranked.Take(5).Max(c => c.Features[2]),
            top.Features[8],
            ranked.Take(5).Max(c => c.Features[8]),
            MissingShare(namePairs, ranked),
        ];
    }

    /// <summary>The share of the name <paramref name="pairs"/> that no candidate sentence writes together (0 when there are none).</summary>
    private static double MissingShare((int First, int Second)[] pairs, IReadOnlyList<SentenceCandidate> ranked)
    {
        if (pairs.Length == 0)
        {
            return 0;
        }

        var missing = 0;
        foreach (var (first, second) in pairs)
        {
            var found = false;
            foreach (var candidate in ranked)
            {
                var mask = candidate.Evidence.MaskOf(candidate.Sentence);
                if ((mask & (1u << first)) != 0 && (mask & (1u << second)) != 0
                    && QuestionPairs.StandClose(candidate.Evidence.Matches[candidate.Sentence], first, second, QuestionPairs.NameGap))
                {
                    found = true;
                    break;
                }
            }

            missing += found ? 0 : 1;
        }

        return (double)missing / pairs.Length;
    }
}
