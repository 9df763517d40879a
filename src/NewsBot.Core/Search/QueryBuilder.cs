using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsBot.Core.Search;

/// <summary>
/// Builds Lucene queries from analysed terms, never from query syntax, so no input can make parsing fail:
/// a SHOULD clause per term on the passage text, a lighter one on the title (very common terms left out), and a
/// sloppy phrase bonus for each pair of neighbouring terms. <see cref="ForPassagesInParts"/> keeps the phrase bonuses
/// apart, so they can be added to the best hits only (they cost a third of the search time when every matching passage
/// is scored with them).
/// </summary>
internal static class QueryBuilder
{
    private const float TitleBoost = 0.4f;
    private const float PhraseBoost = 0.6f;
    private const int PhraseSlop = 2;

    /// <summary>
    /// BM25's idf of a term in a tenth of the passages (log(1 + 9)). Such words ("new", "first", "people" in news) are
    /// not searched when the question has a rarer word the index holds: a third of the postings a question walks, for
    /// little of its score. They still count in phrase bonuses and in sentence ranking. Measured: the same quality on
    /// the developer set (@1 74.3 → 74.4 %, @3 84.9 → 85.2 %, off-corpus refusal 90.1 → 90.0 %) and on BBC headlines;
    /// a twentieth instead cost 0.3 points @1.
    /// </summary>
    private static readonly double CommonTermIdf = Math.Log(10);

    /// <summary>In a handful of articles a tenth of the passages says nothing about a word: below this, none is common.</summary>
    private const int CommonTermMinimumPassages = 100;

    public static bool IsCommon(QueryTerm term) => term.DocumentFrequency >= CommonTermMinimumPassages && term.Idf < CommonTermIdf;

    public static Query? ForPassages(IReadOnlyList<QueryTerm> terms, string textField, string? titleField)
    {
        var (termQuery, phrases) = ForPassagesInParts(terms, textField, titleField);
        if (termQuery is null || phrases is null)
        {
            return termQuery;
        }

        foreach (var clause in phrases.Clauses)
        {
            termQuery.Add(clause);
        }

        return termQuery;
    }

    /// <summary>
    /// The term clauses, and the phrase bonuses as a query of their own (null when no two terms are neighbours). With
    /// BM25 (no coordination factor, no query norm) a passage scores the sum of both, exactly as <see cref="ForPassages"/>.
    /// </summary>
    public static (BooleanQuery? Terms, BooleanQuery? Phrases) ForPassagesInParts(IReadOnlyList<QueryTerm> terms, string textField, string? titleField)
    {
        if (terms.Count == 0)
        {
            return (null, null);
        }

        var query = new BooleanQuery();
        var searched = terms.Any(term => term.InVocabulary && !IsCommon(term)) ? terms.Where(term => !IsCommon(term)) : terms;
        foreach (var term in searched)
        {
            query.Add(new TermQuery(new Term(textField, term.Text)), Occur.SHOULD);
            if (titleField is not null)
            {
                query.Add(new TermQuery(new Term(titleField, term.Text)) { Boost = TitleBoost }, Occur.SHOULD);
            }
        }

        var phrases = new BooleanQuery();
        var ordered = terms.OrderBy(term => term.Position).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var gap = ordered[i].Position - ordered[i - 1].Position;
            if (gap is <= 0 or > 3)
            {
                continue;
            }

            var phrase = new PhraseQuery { Slop = PhraseSlop, Boost = PhraseBoost };
            phrase.Add(new Term(textField, ordered[i - 1].Text), 0);
            phrase.Add(new Term(textField, ordered[i].Text), gap);
            phrases.Add(phrase, Occur.SHOULD);
        }

        return (query, phrases.Clauses.Count > 0 ? phrases : null);
    }
}
