using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace NewsBot.Core.Answering;

/// <summary>
/// Adds the phrase bonuses of a question (<see cref="Search.QueryBuilder.ForPassagesInParts"/>: two-term sloppy
/// phrases) to its best hits only. Retrieval by terms alone keeps a few times more passages than are finally wanted;
/// each kept passage then gets the score Lucene's sloppy phrase scorer would give it (same BM25 weight, same slop
/// factors), read from that passage's positions alone, and the best are taken again. Scoring phrases on every matching
/// passage was a third of all search time at 1.9 million passages, and Lucene's phrase scorer cannot score chosen
/// documents without walking every document between them.
/// </summary>
internal static class PhraseBonus
{
    /// <summary>Raises the scores of <paramref name="hits"/> in place by their phrase scores; returns the best <paramref name="size"/>.</summary>
    public static ScoreDoc[] Add(IndexSearcher searcher, BooleanQuery? phrases, ScoreDoc[] hits, int size)
    {
        if (phrases is not null && hits.Length > 0)
        {
            foreach (var clause in phrases.Clauses)
            {
                if (clause.Query is PhraseQuery phrase && phrase.GetTerms() is [var first, var second] && first != second)
                {
                    AddPhrase(searcher, phrase, first, second, hits);
                }
            }
        }

        // A stable sort: ties keep the order retrieval gave them (by place in the sources, not by document number).
        return [.. hits.OrderByDescending(hit => hit.Score).Take(size)];
    }

    private static void AddPhrase(IndexSearcher searcher, PhraseQuery phrase, Term first, Term second, ScoreDoc[] hits)
    {
        var top = searcher.TopReaderContext;
        var contexts = new[] { TermContext.Build(top, first), TermContext.Build(top, second) };
        if (contexts[0].DocFreq == 0 || contexts[1].DocFreq == 0)
        {
            return;
        }

        // As PhraseWeight and IndexSearcher.CreateNormalizedWeight do it (BM25: query norm 1, top-level boost 1).
        var similarity = searcher.Similarity;
        var weight = similarity.ComputeWeight(phrase.Boost, searcher.CollectionStatistics(first.Field),
            searcher.TermStatistics(first, contexts[0]), searcher.TermStatistics(second, contexts[1]));
        weight.Normalize(similarity.QueryNorm(weight.GetValueForNormalization()), 1f);
        var gap = phrase.GetPositions()[1] - phrase.GetPositions()[0];

        var leaves = searcher.IndexReader.Leaves;
        foreach (var group in hits.GroupBy(hit => ReaderUtil.SubIndex(hit.Doc, leaves)))
        {
            var leaf = leaves[group.Key];
            var firstPostings = Postings(leaf, first);
            var secondPostings = Postings(leaf, second);
            if (firstPostings is null || secondPostings is null)
            {
                continue;
            }

            var scorer = similarity.GetSimScorer(weight, leaf);
            foreach (var hit in group.OrderBy(hit => hit.Doc))
            {
                var doc = hit.Doc - leaf.DocBase;
                if (AdvanceTo(firstPostings, doc) && AdvanceTo(secondPostings, doc)
                    && SloppyFrequency(firstPostings, secondPostings, gap, phrase.Slop, scorer) is > 0 and var frequency)
                {
                    hit.Score += scorer.Score(doc, frequency);
                }
            }
        }
    }

    private static DocsAndPositionsEnum? Postings(AtomicReaderContext leaf, Term term)
    {
        var termsEnum = leaf.AtomicReader.GetTerms(term.Field)?.GetEnumerator();
        return termsEnum is not null && termsEnum.SeekExact(term.Bytes) ? termsEnum.DocsAndPositions(leaf.AtomicReader.LiveDocs, null) : null;
    }

    private static bool AdvanceTo(DocsAndPositionsEnum postings, int doc) =>
        (postings.DocID < doc ? postings.Advance(doc) : postings.DocID) == doc;

    /// <summary>
    /// Lucene's SloppyPhraseScorer.PhraseFreq for two different terms: positions are shifted by the term's place in the
    /// phrase; the lower one advances while it stays at or below the other, keeping the shortest span; each span within
    /// the slop counts its slop factor.
    /// </summary>
    private static float SloppyFrequency(DocsAndPositionsEnum first, DocsAndPositionsEnum second, int gap, int slop, Similarity.SimScorer scorer)
    {
        var lists = new[] { Positions(first, 0), Positions(second, gap) };
        var next = new[] { 1, 1 };
        int[] position = [lists[0][0], lists[1][0]];
        var end = Math.Max(position[0], position[1]);
        var frequency = 0f;

        // The lower position pops first; on a tie the term earlier in the phrase (lower offset) does.
        var low = position[0] <= position[1] ? 0 : 1;
        var matchLength = end - position[low];
        var other = position[1 - low];
        while (next[low] < lists[low].Length)
        {
            position[low] = lists[low][next[low]++];
            end = Math.Max(end, position[low]);
            if (position[low] > other)
            {
                if (matchLength <= slop)
                {
                    frequency += scorer.ComputeSlopFactor(matchLength);
                }

                // It passed the other term strictly, so the other is now the lower one.
                low = 1 - low;
                other = position[1 - low];
                matchLength = end - position[low];
            }
            else
            {
                matchLength = Math.Min(matchLength, end - position[low]);
            }
        }

        if (matchLength <= slop)
        {
            frequency += scorer.ComputeSlopFactor(matchLength);
        }

        return frequency;
    }

    private static int[] Positions(DocsAndPositionsEnum postings, int offset)
    {
        var positions = new int[postings.Freq];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = postings.NextPosition() - offset;
        }

        return positions;
    }
}
