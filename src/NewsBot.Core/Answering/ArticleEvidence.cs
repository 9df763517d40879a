using NewsBot.Core.Indexing;

namespace NewsBot.Core.Answering;

/// <summary>
/// Where the question's terms occur in the read sentences of one article: a bit mask of term indexes and the
/// occurrences (article offsets) per sentence. Sentences not read have no entry.
/// </summary>
internal sealed class ArticleEvidence(SnapshotArticle article, uint titleMask)
{
    public SnapshotArticle Article { get; } = article;

    /// <summary>Terms (by index) that occur in the article title.</summary>
    public uint TitleMask { get; } = titleMask;

    public Dictionary<int, uint> Masks { get; } = [];

    public Dictionary<int, List<TermOccurrence>> Matches { get; } = [];

    /// <summary>Terms (by index) found in a sentence only through a related word.</summary>
    public Dictionary<int, uint> RelatedMasks { get; } = [];

    public uint RelatedMaskOf(int first, int last)
    {
        uint mask = 0;
        for (var s = first; s <= last; s++)
        {
            mask |= RelatedMasks.GetValueOrDefault(s);
        }

        return mask;
    }

    /// <summary>Relative BM25 score of each retrieved passage (by ordinal), 0..1.</summary>
    public Dictionary<int, double> Retrieval { get; } = [];

    public uint MaskOf(int sentence) => Masks.GetValueOrDefault(sentence);

    public uint MaskOf(int first, int last)
    {
        uint mask = 0;
        if ((long)last - first > Masks.Count)
        {
            // A wide range (the whole article): walk the read sentences instead of the range.
            foreach (var (s, sentenceMask) in Masks)
            {
                mask |= s >= first && s <= last ? sentenceMask : 0;
            }

            return mask;
        }

        for (var s = first; s <= last; s++)
        {
            mask |= Masks.GetValueOrDefault(s);
        }

        return mask;
    }
}
