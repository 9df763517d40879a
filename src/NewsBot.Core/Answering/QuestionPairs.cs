using NewsBot.Core.Search;

namespace NewsBot.Core.Answering;

/// <summary>
/// Neighbouring question terms (in the order the question writes them), and whether a sentence has a pair standing
/// close together in that order: "stanley cup" written as a phrase, not "cup" in one place and "Stanley" in another.
/// </summary>
internal static class QuestionPairs
{
    /// <summary>Two question terms this close (in characters, gap between them) count as a phrase-like pair.</summary>
    public const int PhraseGap = 25;

    /// <summary>Two capitalised terms this close stand together as one name ("Tour de France", "Bank of England").</summary>
    public const int NameGap = 5;

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "of", "de", "da", "di", "du", "del", "della", "des", "la", "le", "van", "von", "der", "den", "bin", "al", "el",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameParticleSpans =
        NameParticles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Each question term with the next one, in the order the question writes them.</summary>
    public static (int First, int Second)[] Neighbours(QuestionProfile profile)
    {
        var order = Enumerable.Range(0, profile.Terms.Count).OrderBy(i => profile.Terms[i].Position).ToArray();
        return [.. order.Zip(order.Skip(1))];
    }

    /// <summary>Pairs of names the question writes side by side: the words of one name ("Stanley Cup", "Tour de France").</summary>
    /// <param name="nameMask">The terms to treat as names (<see cref="QuestionProfile.NameMask"/>, or names guessed for a lower-case question).</param>
    public static (int First, int Second)[] Names(QuestionProfile profile, uint nameMask) =>
        [.. profile.AdjacentPairs.Where(p => (nameMask & (1u << p.First)) != 0 && (nameMask & (1u << p.Second)) != 0)];

    /// <summary>
    /// Pairs of terms the question writes side by side, with nothing between them but spaces, a hyphen or one particle
    /// names keep ("Bank of England", "Tour de France", "Leonardo da Vinci"): two words of one name, if both are names.
    /// "Portsmouth v Arsenal" and "Arsenal and Chelsea" are two names, not one.
    /// </summary>
    public static (int First, int Second)[] WrittenTogether(string question, IReadOnlyList<AnalyzedToken> tokens, IReadOnlyList<QueryTerm> terms)
    {
        var pairs = new List<(int, int)>();
        AnalyzedToken? previous = null;
        foreach (var token in tokens)
        {
            if (NameParticleSpans.Contains(question.AsSpan(token.Start, token.End - token.Start)))
            {
                continue;
            }

            if (previous is { } before && OnlyJoins(question.AsSpan(before.End, token.Start - before.End)))
            {
                var (first, second) = (IndexOf(terms, before.Term), IndexOf(terms, token.Term));
                if (first >= 0 && second >= 0 && first != second)
                {
                    pairs.Add((first, second));
                }
            }

            previous = token;
        }

        return [.. pairs];
    }

    private static bool OnlyJoins(ReadOnlySpan<char> gap)
    {
        var particles = 0;
        foreach (var range in gap.SplitAny(' ', '-'))
        {
            var word = gap[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++particles > 1 || !NameParticleSpans.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOf(IReadOnlyList<QueryTerm> terms, string term)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i].Text == term)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="first"/> occurs, then <paramref name="second"/> within <paramref name="gap"/> characters after it.</summary>
    public static bool StandClose(List<TermOccurrence> matches, int first, int second, int gap)
    {
        foreach (var x in matches)
        {
            if (x.TermIndex != first)
            {
                continue;
            }

            foreach (var y in matches)
            {
                if (y.TermIndex == second && y.Start >= x.End && y.Start - x.End <= gap)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
