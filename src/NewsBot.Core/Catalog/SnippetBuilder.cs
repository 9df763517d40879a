namespace NewsBot.Core.Catalog;

/// <summary>
/// Cuts a short snippet of exact article text from a passage: on word boundaries, at most <see cref="MaxLength"/>
/// characters, starting at the passage start unless the first match lies beyond the first half of the limit.
/// </summary>
internal static class SnippetBuilder
{
    public const int MaxLength = 200;

    /// <param name="firstMatch">Offset of the first matched word in <paramref name="text"/>, or -1.</param>
    public static string Build(string text, int start, int end, int firstMatch)
    {
        if (end - start <= MaxLength)
        {
            return text[start..end];
        }

        if (firstMatch > start + (MaxLength / 2))
        {
            start = WordStartAtOrBefore(text, start, firstMatch - (MaxLength / 4));
        }

        var limit = Math.Min(end, start + MaxLength);
        if (limit == end)
        {
            return text[start..end];
        }

        var cut = limit;
        while (cut > start && !(char.IsWhiteSpace(text[cut]) && !char.IsWhiteSpace(text[cut - 1])))
        {
            cut--;
        }

        // A single word longer than the limit: cut it rather than show nothing (never between surrogate halves).
        if (cut == start)
        {
            cut = char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
        }

        return text[start..cut];
    }

    private static int WordStartAtOrBefore(string text, int floor, int position)
    {
        for (var i = position; i > floor; i--)
        {
            if (char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return floor;
    }
}
