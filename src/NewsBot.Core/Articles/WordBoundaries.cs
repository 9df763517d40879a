namespace NewsBot.Core.Articles;

/// <summary>
/// Word boundary helpers for cutting text without splitting a word. A word is a run of letters, digits, apostrophes,
/// hyphens and underscores, so "don't" and "well-known" are never cut inside; any other character is a boundary.
/// </summary>
public static class WordBoundaries
{
    /// <summary>Whether the character belongs to a word.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '’' or '-' or '_';

    /// <summary>Whether cutting <paramref name="text"/> at <paramref name="index"/> would not split a word.</summary>
    public static bool IsBoundary(ReadOnlySpan<char> text, int index)
    {
        if (index <= 0 || index >= text.Length)
        {
            return true;
        }

        return !(IsWordChar(text[index - 1]) && IsWordChar(text[index]));
    }

    /// <summary>The nearest boundary at or before <paramref name="index"/> (moves back to the start of a word that spans it).</summary>
    public static int BoundaryAtOrBefore(ReadOnlySpan<char> text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        while (!IsBoundary(text, index))
        {
            index--;
        }

        return index;
    }

    /// <summary>The nearest boundary at or after <paramref name="index"/> (moves forward to the end of a word that spans it).</summary>
    public static int BoundaryAtOrAfter(ReadOnlySpan<char> text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        while (!IsBoundary(text, index))
        {
            index++;
        }

        return index;
    }
}
