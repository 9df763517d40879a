using System.Numerics;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Core.Search;

namespace NewsBot.Core.Answering;

/// <summary>
/// Enumerates and scores the windows of one to <see cref="MaxSentences"/> adjacent sentences around the retrieved
/// passages of one article. Windows may cross a paragraph break (the quote is still one exact slice of the text) but
/// only into passages whose term occurrences were read.
/// </summary>
internal sealed class CandidateWindows(IReadOnlyList<QueryTerm> terms, int maxQuoteLength)
{
    public const int MaxSentences = 3;

    private readonly double _totalIdf = terms.Sum(term => term.Idf);

    /// <param name="retrieval">Relative retrieval score of each retrieved passage of the article, by ordinal.</param>
    /// <param name="inspected">Passages of the article whose occurrences were read, by ordinal.</param>
    public IEnumerable<QuoteCandidate> For(SnapshotArticle article, IReadOnlyDictionary<int, double> retrieval,
        IReadOnlyDictionary<int, List<TermOccurrence>> inspected)
    {
        var sentences = article.Sentences;
        var masks = new Dictionary<int, uint>();
        var matches = new Dictionary<int, List<TermOccurrence>>();
        foreach (var (ordinal, occurrences) in inspected)
        {
            var passage = article.Passages[ordinal];
            for (var s = passage.FirstSentence; s < passage.FirstSentence + passage.SentenceCount; s++)
            {
                masks[s] = 0;
                matches[s] = [];
            }

            foreach (var occurrence in occurrences)
            {
                var s = SentenceAt(sentences, passage, occurrence.Start);
                masks[s] |= 1u << occurrence.TermIndex;
                matches[s].Add(occurrence);
            }
        }

        var titleMask = TitleMask(article);
        var seen = new HashSet<(int, int)>();
        foreach (var (ordinal, score) in retrieval)
        {
            var passage = article.Passages[ordinal];
            for (var s = passage.FirstSentence; s < passage.FirstSentence + passage.SentenceCount; s++)
            {
                for (var first = Math.Max(0, s - MaxSentences + 1); first <= s; first++)
                {
                    for (var last = s; last < first + MaxSentences && last < sentences.Length; last++)
                    {
                        if (seen.Add((first, last)) && Window(article, first, last, masks, matches, titleMask, score) is { } candidate)
                        {
                            yield return candidate;
                        }
                    }
                }
            }
        }
    }

    private QuoteCandidate? Window(SnapshotArticle article, int first, int last, Dictionary<int, uint> masks,
        Dictionary<int, List<TermOccurrence>> matches, uint titleMask, double retrieval)
    {
        uint mask = 0, bestSentence = 0;
        for (var s = first; s <= last; s++)
        {
            if (!masks.TryGetValue(s, out var sentenceMask))
            {
                return null;
            }

            mask |= sentenceMask;
            bestSentence = BitOperations.PopCount(sentenceMask) > BitOperations.PopCount(bestSentence) ? sentenceMask : bestSentence;
        }

        if (mask == 0 || masks[first] == 0 || masks[last] == 0)
        {
            return null; // A window only grows to take in more matches.
        }

        var span = new TextSpan(article.Sentences[first].Start, article.Sentences[last].End);
        var windowMatches = Enumerable.Range(first, last - first + 1).SelectMany(s => matches[s]).OrderBy(m => m.Start).ToList();
        if (span.Length > maxQuoteLength)
        {
            if (first != last)
            {
                return null;
            }

            span = QuoteTrimmer.Trim(article.Text, span, windowMatches[0].Start, maxQuoteLength);
            windowMatches = windowMatches.Where(m => span.Contains(new TextSpan(m.Start, m.End))).ToList();
            mask = windowMatches.Aggregate(0u, (bits, m) => bits | (1u << m.TermIndex));
            if (mask == 0)
            {
                return null;
            }
        }

        var features = new QuoteFeatures(
            Coverage: IdfShare(mask),
            TitleCoverage: IdfShare(titleMask & ~mask),
            Focus: (double)BitOperations.PopCount(bestSentence & mask) / BitOperations.PopCount(mask),
            Retrieval: retrieval,
            Sentences: last - first + 1,
            MatchedTerms: BitOperations.PopCount(mask));
        return new QuoteCandidate(article, span, windowMatches, features, SentenceScorer.Score(features), SentenceScorer.Confidence(features));
    }

    private double IdfShare(uint mask)
    {
        if (_totalIdf <= 0)
        {
            return 0;
        }

        var sum = 0.0;
        for (var i = 0; i < terms.Count; i++)
        {
            if ((mask & (1u << i)) != 0)
            {
                sum += terms[i].Idf;
            }
        }

        return sum / _totalIdf;
    }

    private uint TitleMask(SnapshotArticle article)
    {
        uint mask = 0;
        for (var i = 0; i < terms.Count; i++)
        {
            if (article.TitleTerms.Contains(terms[i].Text))
            {
                mask |= 1u << i;
            }
        }

        return mask;
    }

    private static int SentenceAt(TextSpan[] sentences, SnapshotPassage passage, int offset)
    {
        var last = passage.FirstSentence + passage.SentenceCount - 1;
        for (var s = passage.FirstSentence; s < last; s++)
        {
            if (offset < sentences[s].End)
            {
                return s;
            }
        }

        return last;
    }
}
