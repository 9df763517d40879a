using System.Collections.Frozen;
using Lucene.Net.Index;

namespace NewsBot.Core.Search;

/// <summary>
/// Turns free text into distinct <see cref="QueryTerm"/>s: analysed with <see cref="NewsAnalyzer"/>, question words
/// ("who", "which", "tell me"...) dropped since they carry no topic, typos the index does not hold mended by
/// <see cref="SpellingCorrector"/>, capped at <see cref="MaxTerms"/> so a huge input
/// can never exceed <see cref="Lucene.Net.Search.BooleanQuery.MaxClauseCount"/>.
/// </summary>
internal static class QueryTermExtractor
{
    /// <summary>At most this many distinct terms are searched (each yields at most three clauses).</summary>
    public const int MaxTerms = 32;

    private static readonly FrozenSet<string> QuestionWords = BuildQuestionWords();

    public static IReadOnlyList<QueryTerm> Extract(string text, IndexReader reader, string field, bool dropQuestionWords)
    {
        var documents = Math.Max(reader.GetDocCount(field), 0);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var terms = new List<QueryTerm>();
        foreach (var token in TextAnalysis.Analyze(text))
        {
            if ((dropQuestionWords && QuestionWords.Contains(token.Term)) || !seen.Add(token.Term))
            {
                continue;
            }

            var term = token.Term;
            var frequency = reader.DocFreq(new Term(field, term));
            if (frequency == 0 && !IsName(text, token) && SpellingCorrector.Correct(reader, field, term) is { } mended)
            {
                if (!seen.Add(mended))
                {
                    continue; // the word is in the question already, spelt right
                }

                term = mended;
                frequency = reader.DocFreq(new Term(field, term));
            }

            terms.Add(new QueryTerm(term, token.Position, frequency, Idf(frequency, documents)));
            if (terms.Count == MaxTerms)
            {
                break;
            }
        }

        return terms;
    }

    /// <summary>A capitalised word past the start: a name, which is never mended (the articles may simply not hold it).</summary>
    private static bool IsName(string text, AnalyzedToken token) => token.Start > 0 && char.IsUpper(text[token.Start]);

    /// <summary>BM25's idf; a term found nowhere gets the largest value, so a missing word weighs heavily.</summary>
    public static double Idf(long documentFrequency, long documentCount) =>
        Math.Log(1 + ((documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    private static FrozenSet<string> BuildQuestionWords()
    {
        const string Words = "who whom whose what which when where why how do does did is are was were has have had "
            + "tell me about please i you we can could would should name kind many much know say said year type called";
        return TextAnalysis.Analyze(Words).Select(token => token.Term).ToFrozenSet(StringComparer.Ordinal);
    }
}
