namespace NewsBot.Bot.Rendering;

/// <summary>Shortening plain text for Discord without cutting a word (or a surrogate pair) in half.</summary>
internal static class PlainText
{
    /// <summary>
    /// Returns <paramref name="text"/> when it has at most <paramref name="max"/> UTF-16 units, else the longest prefix that
    /// ends at a word boundary, plus an ellipsis, within <paramref name="max"/>. A single word longer than the limit is cut
    /// at a character boundary as a last resort.
    /// </summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        if (text.Length <= max)
        {
            return text;
        }

        var end = LastWordEnd(text, 0, max - 1);
        if (end <= 0)
        {
            end = max - 1;
            if (char.IsHighSurrogate(text[end - 1]))
            {
                end--;
            }
        }

        return text[..end] + QuoteMarkdown.Ellipsis;
    }

    /// <summary>
    /// The end of the last whole word that ends at or before <paramref name="limit"/> (exclusive offset into
    /// <paramref name="text"/>, searching from <paramref name="start"/>); trailing punctuation stays with its word. 0 when none.
    /// </summary>
    public static int LastWordEnd(string text, int start, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        limit = Math.Min(limit, text.Length);
        if (limit == text.Length)
        {
            return TrimEnd(text, start, limit);
        }

        // The cut at `limit` is clean only if it falls on whitespace; otherwise go back to the previous whitespace.
        var i = limit;
        while (i > start && !char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        var end = TrimEnd(text, start, i);
        return end > start ? end : 0;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
