namespace NewsBot.Core.Answering;

/// <summary>
/// Neighbouring question terms (in the order the question writes them), and whether a sentence has a pair standing
/// close together in that order: "stanley cup" written as a phrase, not "cup" in one place and "Stanley" in another.
/// </summary>
internal sealed class QuestionPairs
{
    /// <summary>Two question terms this close (in characters, gap between them) count as a phrase-like pair.</summary>
    public const int PhraseGap = 25;

    /// <summary>Two capitalised terms this close stand together as one name ("Tour de France", "Bank of England").</summary>
    public const int NameGap = 5;

    public QuestionPairs(QuestionProfile profile)
    {
        var order = Enumerable.Range(0, profile.Terms.Count).OrderBy(i => profile.Terms[i].Position).ToArray();
        All = [.. order.Zip(order.Skip(1))];
        Names = [.. NamePairs(profile, order)];
    }

    public (int First, int Second)[] All { get; }

    /// <summary>Pairs of terms both written with a capital that stand together in the question: parts of one name ("Stanley Cup").</summary>
    public (int First, int Second)[] Names { get; }

    /// <summary>
    /// Neighbouring capitalised terms, also across one short lower-case particle the question keeps as a term ("Tour de
    /// France", "Rio de Janeiro"; stop words such as "of" are not terms, so "Bank of England" is a plain neighbour pair).
    /// </summary>
    private static IEnumerable<(int First, int Second)> NamePairs(QuestionProfile profile, int[] order)
    {
        bool IsName(int term) => (profile.NameMask & (1u << term)) != 0;
        for (var i = 0; i + 1 < order.Length; i++)
        {
            if (!IsName(order[i]))
            {
                continue;
            }

            if (IsName(order[i + 1]))
            {
                yield return (order[i], order[i + 1]);
            }
            else if (i + 2 < order.Length && profile.Terms[order[i + 1]].Text.Length <= 3 && IsName(order[i + 2]))
            {
                yield return (order[i], order[i + 2]);
            }
        }
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
