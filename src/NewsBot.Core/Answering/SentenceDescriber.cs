using System.Numerics;
using NewsBot.Core.Search;

namespace NewsBot.Core.Answering;

/// <summary>Computes <see cref="SentenceFeatures"/> for one candidate sentence of one question.</summary>
internal sealed class SentenceDescriber
{
    /// <summary>A word-vector similarity this high stands for the question word itself (a near synonym).</summary>
    private const float StrongSimilarity = 0.6f;

    private readonly QuestionProfile _profile;
    private readonly TermStatistics _statistics;
    private readonly (int First, int Second)[] _pairs;
    private readonly SoftTermMatcher _soft;

    public SentenceDescriber(QuestionProfile profile, TermStatistics statistics)
    {
        _profile = profile;
        _statistics = statistics;
        _pairs = QuestionPairs.Neighbours(profile);
        _soft = new SoftTermMatcher(profile);
    }

    public double[] Describe(ArticleEvidence evidence, int s, int first, int last, double retrieval, bool isTop)
    {
        var article = evidence.Article;
        var mask = evidence.MaskOf(s);
        var window = evidence.MaskOf(Math.Max(first, s - 1), Math.Min(last, s + 1));
        var paragraph = evidence.MaskOf(first, last);
        var matches = evidence.Matches[s];
        var span = article.Sentences[s];
        var shapes = AnswerShapeScanner.Scan(article.Text.AsSpan(span.Start, span.Length), _profile.Words);
        var coverage = _statistics.Share(mask);
        return
        [
            1,
            coverage,
            _statistics.Share(window),
            _statistics.Share(paragraph),
            _statistics.Share(evidence.TitleMask & ~paragraph),
            retrieval,
            isTop ? 1 : 0,
            _statistics.CountShare(mask),
            OrderedPairs(mask, matches),
            Proximity(mask, matches),
            (window & _statistics.RarestIndexedMask) != 0 ? 1 : 0,
            Wants(AnswerType.Quantity, shapes.Numbers),
            Wants(AnswerType.Date, shapes.Dates),
            Wants(AnswerType.Name, shapes.Names),
            shapes.Numbers > 0 ? 1 : 0,
            shapes.Names > 0 ? 1 : 0,
            Math.Log(1 + span.Length) / 6,
            s == first ? 1 : 0,
            coverage * retrieval,
            coverage * coverage,
            _profile.NameMask == 0 ? 0 : _statistics.Share(window & _profile.NameMask) / _statistics.Share(_profile.NameMask),
            (_profile.NameMask & ~(paragraph | evidence.MaskOf(s - 1, s + 1) | evidence.TitleMask)) != 0 ? 1 : 0,
            WantedNearby(article, s, first, last, shapes),
            Bm25(evidence, Math.Max(first, s - 1), Math.Min(last, s + 1)),
            Bm25(evidence, first, last),
            _statistics.Share(evidence.MaskOf(int.MinValue, int.MaxValue) | evidence.TitleMask),
            _statistics.Share(evidence.RelatedMaskOf(s, s) & ~mask),
            _statistics.Share(evidence.RelatedMaskOf(Math.Max(first, s - 1), Math.Min(last, s + 1)) & ~window),
            .. SoftCoverage(evidence, s, s, mask),
            .. SoftCoverage(evidence, Math.Max(first, s - 1), Math.Min(last, s + 1), window),
            Untitled(mask, evidence.TitleMask),
            Untitled(window, evidence.TitleMask),
            _statistics.Share(evidence.TitleMask),
        ];
    }

    /// <summary>
    /// The idf share of the question found in the sentences, a term not there counting its best vector similarity to
    /// a word there (soft), and counting in full only when that similarity is high (strong).
    /// </summary>
    private double[] SoftCoverage(ArticleEvidence evidence, int first, int last, uint mask)
    {
        var terms = _profile.Terms;
        double soft = 0, strong = 0;
        for (var i = 0; i < terms.Count; i++)
        {
            if ((mask & (1u << i)) != 0)
            {
                soft += terms[i].Idf;
                strong += terms[i].Idf;
                continue;
            }

            var best = 0f;
            for (var s = first; s <= last; s++)
            {
                best = Math.Max(best, _soft.BestSimilarity(evidence.Article, s, i));
            }

            soft += terms[i].Idf * best;
            strong += best >= StrongSimilarity ? terms[i].Idf : 0;
        }

        var total = _statistics.TotalIdf;
        return total > 0 ? [soft / total, strong / total] : [0, 0];
    }

    /// <summary>
    /// The idf share of the question terms the article title lacks that <paramref name="mask"/> holds (0 when the title
    /// holds them all): within one article, the title's words are everywhere and tell its sentences apart least.
    /// </summary>
    private double Untitled(uint mask, uint titleMask)
    {
        var all = _statistics.Share(~titleMask);
        return all > 0 ? _statistics.Share(mask & ~titleMask) / all : 0;
    }

    /// <summary>BM25 (k1 1.2, b 0.75) of a run of sentences, lengths in characters against a 400-character average.</summary>
    private double Bm25(ArticleEvidence evidence, int first, int last)
    {
        var sentences = evidence.Article.Sentences;
        var length = sentences[last].End - sentences[first].Start;
        Span<int> counts = stackalloc int[32];
        for (var s = first; s <= last; s++)
        {
            foreach (var match in evidence.Matches.GetValueOrDefault(s) ?? [])
            {
                counts[match.TermIndex]++;
            }
        }

        var norm = 1.2 * (0.25 + (0.75 * length / 400.0));
        var score = 0.0;
        for (var i = 0; i < _profile.Terms.Count; i++)
        {
            score += counts[i] == 0 ? 0 : _profile.Terms[i].Idf * counts[i] * 2.2 / (counts[i] + norm);
        }

        return score;
    }

    private double WantedNearby(Indexing.SnapshotArticle article, int s, int first, int last, AnswerShapeScanner.Shapes shapes)
    {
        if (_profile.AnswerType == AnswerType.Other || Count(shapes) > 0)
        {
            return 0;
        }

        for (var n = Math.Max(first, s - 1); n <= Math.Min(last, s + 1); n++)
        {
            var span = article.Sentences[n];
            if (n != s && Count(AnswerShapeScanner.Scan(article.Text.AsSpan(span.Start, span.Length), _profile.Words)) > 0)
            {
                return 1;
            }
        }

        return 0;
    }

    private int Count(AnswerShapeScanner.Shapes shapes) => _profile.AnswerType switch
    {
        AnswerType.Quantity => shapes.Numbers,
        AnswerType.Date => shapes.Dates,
        AnswerType.Name => shapes.Names,
        _ => 0,
    };

    private double Wants(AnswerType type, int found) => _profile.AnswerType != type ? 0 : found > 0 ? 1 : -1;

    private double OrderedPairs(uint mask, List<TermOccurrence> matches)
    {
        if (_pairs.Length == 0)
        {
            return 0;
        }

        var found = 0;
        foreach (var (a, b) in _pairs)
        {
            var both = (mask & (1u << a)) != 0 && (mask & (1u << b)) != 0;
            found += both && QuestionPairs.StandClose(matches, a, b, QuestionPairs.PhraseGap) ? 1 : 0;
        }

        return (double)found / _pairs.Length;
    }

    /// <summary>Distinct matched terms over the width of the tightest stretch holding all of them (about 1 when adjacent).</summary>
    private static double Proximity(uint mask, List<TermOccurrence> matches)
    {
        var distinct = BitOperations.PopCount(mask);
        if (distinct < 2)
        {
            return 0;
        }

        var sorted = matches.OrderBy(m => m.Start).ToArray();
        var counts = new Dictionary<int, int>();
        var best = int.MaxValue;
        var left = 0;
        foreach (var right in sorted)
        {
            counts[right.TermIndex] = counts.GetValueOrDefault(right.TermIndex) + 1;
            while (counts.Count == distinct)
            {
                best = Math.Min(best, right.End - sorted[left].Start);
                var term = sorted[left++].TermIndex;
                if (--counts[term] == 0)
                {
                    counts.Remove(term);
                }
            }
        }

        return Math.Min(1, 8.0 * distinct / Math.Max(best, 1));
    }
}
