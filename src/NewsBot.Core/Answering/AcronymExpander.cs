using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Lucene.Net.Search;
using NewsBot.Core.Indexing;
using NewsBot.Core.Search;

namespace NewsBot.Core.Answering;

/// <summary>
/// Spells out an acronym the question uses but the articles rarely do ("NYC" where they say "New York City", "RIAA" for
/// "Recording Industry Association of America"): a name the index barely holds would otherwise make the question look
/// like one about something else. The expansion comes from the articles the question retrieved: the run of capitalised
/// words, not starting a sentence, whose initials spell the acronym ("and", "of", "for", "the" and "de" between them
/// skipped), written there at least twice and more often than the acronym itself. No word list: whatever the articles
/// write. Acronyms of two letters ("HD", "CD") are left alone: too many names share their initials.
/// </summary>
internal static partial class AcronymExpander
{
    private const int MinimumUses = 2;

    /// <summary>Articles read for expansions, at most (the ones the best hits fall in).</summary>
    private const int ArticlesRead = 10;

    /// <summary>Article scans a snapshot remembers, at most; past it they are made each time.</summary>
    private const int MaximumRemembered = 50_000;

    private static readonly string[] Joiners = ["and", "of", "for", "the", "de"];

    // Questions repeat acronyms ("NYC"): each snapshot remembers what an article holds for one.
    private static readonly ConditionalWeakTable<IndexSnapshot, ConcurrentDictionary<(string Story, string Acronym), Scan>> Scans = new();

    /// <summary>How often one article writes the acronym, and each run of words that spells it.</summary>
    private sealed record Scan(int Uses, Dictionary<string, int> Expansions);

    /// <summary>The question with its rare acronyms spelled out, or null when it has none to expand.</summary>
    public static string? Expand(IndexSnapshot snapshot, string question, ScoreDoc[] hits)
    {
        // A question typed in lower case writes "nyc": any short word no dictionary knows may be an acronym there.
        var uncased = !question.Any(char.IsUpper);
        var acronyms = (uncased ? LowerCaseWordPattern() : AcronymPattern()).Matches(question).Select(m => m.Value)
            .Where(word => !uncased || TextAnalysis.Analyze(word).All(token => !WordRelations.IsKnown(token.Term)))
            .Distinct(StringComparer.Ordinal).ToList();
        if (acronyms.Count == 0)
        {
            return null;
        }

        var articles = hits.Select(h => snapshot.PassagesByDoc[h.Doc]?.Article).OfType<SnapshotArticle>()
            .DistinctBy(a => a.ContentHash, StringComparer.Ordinal).Take(ArticlesRead).ToList();
        var remembered = Scans.GetValue(snapshot, _ => new());
        var expanded = question;
        foreach (var acronym in acronyms)
        {
            if (BestExpansion(acronym.ToUpperInvariant(), articles, remembered) is { } expansion)
            {
                // Lower case stays lower case, so the question's other names are still guessed as in any such question.
                expanded = Regex.Replace(expanded, $@"\b{acronym}\b", uncased ? expansion.ToLowerInvariant() : expansion, RegexOptions.CultureInvariant);
            }
        }

        return ReferenceEquals(expanded, question) ? null : expanded;
    }

    private static string? BestExpansion(string acronym, List<SnapshotArticle> articles, ConcurrentDictionary<(string, string), Scan> remembered)
    {
        var uses = 0;
        var expansions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (!remembered.TryGetValue((article.ContentHash, acronym), out var scan))
            {
                scan = ScanArticle(article.Text, acronym);
                if (remembered.Count < MaximumRemembered)
                {
                    remembered.TryAdd((article.ContentHash, acronym), scan);
                }
            }

            uses += scan.Uses;
            foreach (var (expansion, count) in scan.Expansions)
            {
                expansions[expansion] = expansions.GetValueOrDefault(expansion) + count;
            }
        }

        var best = expansions.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).FirstOrDefault();
        return best.Key is not null && best.Value >= MinimumUses && best.Value > uses ? best.Key : null;
    }

    private static Scan ScanArticle(string text, string acronym)
    {
        var uses = 0;
        var expansions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var position = 0; NextWord(text, position) is var (start, end); position = end)
        {
            var word = text.AsSpan(start, end - start);
            if (word.Equals(acronym, StringComparison.OrdinalIgnoreCase))
            {
                uses++;
            }
            else if (word[0] == acronym[0] && SpelledFrom(text, start, end, acronym) is { } expansion)
            {
                expansions[expansion] = expansions.GetValueOrDefault(expansion) + 1;
            }
        }

        return new Scan(uses, expansions);
    }

    /// <summary>The run of capitalised words from the word at <paramref name="start"/> whose initials spell the acronym, or null.</summary>
    private static string? SpelledFrom(string text, int start, int end, string acronym)
    {
        // A capital that starts a sentence says nothing about a name.
        var before = text.AsSpan(0, start).TrimEnd();
        if (before.IsEmpty || before[^1] is '.' or '!' or '?' or ':' or '"' or '“' || end - start < 2)
        {
            return null;
        }

        var letter = 1;
        var last = end;
        while (letter < acronym.Length && NextWord(text, last) is var (wordStart, wordEnd))
        {
            // Words of one name stand apart by spaces alone: "York, City" is two names.
            var gap = text.AsSpan(last, wordStart - last);
            if (!gap.IsWhiteSpace() || gap.Contains('\n'))
            {
                return null;
            }

            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (IsJoiner(word))
            {
                last = wordEnd;
                continue;
            }

            if (word[0] != acronym[letter] || word.Length < 2)
            {
                return null;
            }

            letter++;
            last = wordEnd;
        }

        return letter == acronym.Length ? string.Join(' ', text[start..last].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : null;
    }

    private static bool IsJoiner(ReadOnlySpan<char> word)
    {
        foreach (var joiner in Joiners)
        {
            if (word.SequenceEqual(joiner))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The next run of letters and digits at or after <paramref name="position"/>, or null at the end.</summary>
    private static (int Start, int End)? NextWord(string text, int position)
    {
        var start = position;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        if (start == text.Length)
        {
            return null;
        }

        var end = start + 1;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return (start, end);
    }

    [GeneratedRegex(@"\b[A-Z]{3,6}\b", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymPattern();

    [GeneratedRegex(@"\b[a-z]{3,6}\b", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseWordPattern();
}
