using System.Numerics;
using NewsBot.Core.Search;

namespace NewsBot.Core.Answering;

/// <summary>Idf weights of a question's terms, for turning term masks into shares of the question's idf mass.</summary>
internal sealed class TermStatistics
{
    private readonly double[] _idf;
    private readonly double _total;

    public TermStatistics(IReadOnlyList<QueryTerm> terms)
    {
        _idf = [.. terms.Select(t => t.Idf)];
        _total = _idf.Sum();
        var rarest = -1;
        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i].InVocabulary && (rarest < 0 || terms[i].Idf > terms[rarest].Idf))
            {
                rarest = i;
            }
        }

        RarestIndexedMask = rarest < 0 ? 0 : 1u << rarest;
        InVocabularyMask = terms.Select((t, i) => t.InVocabulary ? 1u << i : 0).Aggregate(0u, (a, b) => a | b);
        Count = terms.Count;

        // BM25 idf is log(1 + (N - df + 0.5) / (df + 0.5)): recover N from any term, then the idf of a word found nowhere.
        var documents = terms.Count == 0 ? 0 : ((Math.Exp(terms[0].Idf) - 1) * (terms[0].DocumentFrequency + 0.5)) + terms[0].DocumentFrequency - 0.5;
        _unseenIdf = Math.Log(1 + ((documents + 0.5) / 0.5));
    }

    private readonly double _unseenIdf;

    public int Count { get; }

    public double TotalIdf => _total;

    /// <summary>The indexed term with the highest idf: the question's most specific word that the articles know.</summary>
    public uint RarestIndexedMask { get; }

    public uint InVocabularyMask { get; }

    public double Share(uint mask)
    {
        mask &= Count == 32 ? uint.MaxValue : (1u << Count) - 1;
        if (_total <= 0)
        {
            return 0;
        }

        var sum = 0.0;
        while (mask != 0)
        {
            var i = BitOperations.TrailingZeroCount(mask);
            sum += _idf[i];
            mask &= mask - 1;
        }

        return sum / _total;
    }

    /// <summary>The highest idf among the masked terms over the idf of a word found nowhere (1 when such a word is masked).</summary>
    public double MaxIdfShare(uint mask)
    {
        var max = 0.0;
        for (var i = 0; i < Count; i++)
        {
            max = (mask & (1u << i)) != 0 ? Math.Max(max, _idf[i]) : max;
        }

        return _unseenIdf <= 0 ? 0 : Math.Min(1, max / _unseenIdf);
    }

    public double CountShare(uint mask) => Count == 0 ? 0 : (double)BitOperations.PopCount(mask) / Count;
}
