using Lucene.Net.Index;
using Lucene.Net.Util.Automaton;

namespace NewsBot.Core.Search;

/// <summary>
/// Mends a typed word the index does not hold ("comapred", "laywer", "sountrack") to the indexed term one edit away
/// (a letter added, dropped, changed, or two swapped; the first letter kept), choosing the commonest. Only plain words
/// are mended: not names (capitalised), not short stems (too many neighbours), and not English words the articles just
/// do not use (the WordNet table knows them): "galley" must not become "gallery", or a question about another topic
/// would find false matches and the bot would answer when it should say the articles do not hold the answer.
/// Costs under a millisecond warm, and only for such words (about one natural question in thirty on BBC news).
/// </summary>
internal static class SpellingCorrector
{
    /// <summary>Shortest analysed term worth mending: one edit in a shorter one is too large a change.</summary>
    public const int MinimumLength = 5;

    /// <summary>Longest term worth mending: a longer "word" is not a misspelt one, and its automaton costs more.</summary>
    public const int MaximumLength = 30;

    public static string? Correct(IndexReader reader, string field, string term)
    {
        if (term.Length is < MinimumLength or > MaximumLength || !term.All(char.IsAsciiLetterLower) || WordRelations.IsKnown(term))
        {
            return null;
        }

        // One automaton of every string one edit away (first letter fixed), run against each segment's terms.
        var automaton = new CompiledAutomaton(BasicOperations.Concatenate(
            BasicAutomata.MakeChar(term[0]), new LevenshteinAutomata(term[1..], true).ToAutomaton(1)), true, false);
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.GetTerms(field) is not { } terms)
            {
                continue;
            }

            var candidates = automaton.GetTermsEnum(terms);
            while (candidates.MoveNext())
            {
                var text = candidates.Term.Utf8ToString();
                frequencies[text] = frequencies.GetValueOrDefault(text) + candidates.DocFreq;
            }
        }

        frequencies.Remove(term);
        string? best = null;
        var bestFrequency = 0;
        foreach (var (text, frequency) in frequencies)
        {
            if (frequency > bestFrequency || (frequency == bestFrequency && string.CompareOrdinal(text, best) < 0))
            {
                (best, bestFrequency) = (text, frequency);
            }
        }

        return best;
    }
}
