using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsBot.Core.Search;

/// <summary>
/// Mends a typed word the index does not hold ("comapred", "laywer", "sountrack") to the indexed term one edit away
/// (a letter added, dropped, changed, or two swapped; the first letter kept), choosing the commonest. Only plain words
/// are mended: not names (capitalised), not short stems (too many neighbours), and not English words the articles just
/// do not use (the WordNet table knows them): "worms" must stay "worms", or a question about another topic would find
/// false matches and the bot would answer when it should say the articles do not hold the answer.
/// </summary>
internal static class SpellingCorrector
{
    /// <summary>Shortest analysed term worth mending: one edit in a shorter one is too large a change.</summary>
    public const int MinimumLength = 5;

    public static string? Correct(IndexReader reader, string field, string term)
    {
        if (term.Length < MinimumLength || !term.All(char.IsAsciiLetterLower) || WordRelations.IsKnown(term))
        {
            return null;
        }

        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return null;
        }

        var candidates = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, term), 1f, 1, true);
        string? best = null;
        var bestFrequency = 0;
        while (candidates.MoveNext())
        {
            var frequency = candidates.DocFreq;
            var text = candidates.Term.Utf8ToString();
            if (frequency > bestFrequency || (frequency == bestFrequency && string.CompareOrdinal(text, best) < 0))
            {
                (best, bestFrequency) = (text, frequency);
            }
        }

        return best;
    }
}
