using System.Numerics;
using NewsBot.Core.Search;

namespace NewsBot.Core.Answering;

/// <summary>Computes <see cref="SentenceFeatures"/> for one candidate sentence of one question.</summary>
internal sealed class SentenceDescriber
{
    /// <summary>Two question terms this close (in characters, gap between them) count as a phrase-like pair.</summary>
    private const int PairGap = 25;

    private readonly QuestionProfile _profile;
    private readonly TermStatistics _statistics;
    private readonly (int First, int Second)[] _pairs;

    public SentenceDescriber(QuestionProfile profile, TermStatistics statistics)
    {
        _profile = profile;
        _statistics = statistics;
        var order = Enumerable.Range(0, profile.Terms.Count).OrderBy(i => profile.Terms[i].Position).ToArray();
        _pairs = [.. order.Zip(order.Skip(1))];
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
        ];
    }

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
            if ((mask & (1u << a)) == 0 || (mask & (1u << b)) == 0)
            {
                continue;
            }

            var close = false;
            foreach (var x in matches)
            {
                if (x.TermIndex != a)
                {
                    continue;
                }

                foreach (var y in matches)
                {
                    if (y.TermIndex == b && y.Start >= x.End && y.Start - x.End <= PairGap)
                    {
                        close = true;
                        break;
                    }
                }

                if (close)
                {
                    break;
                }
            }

            found += close ? 1 : 0;
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
