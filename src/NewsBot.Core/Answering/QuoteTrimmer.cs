using NewsBot.Core.Articles;

namespace NewsBot.Core.Answering;

/// <summary>
/// Shortens a single sentence longer than the quote limit. The quote stays exact article text: it starts at the
/// sentence start (or, when the matches lie further on, at the start of the clause or word before the first match)
/// and ends at the last clause or word boundary that fits, never inside a word.
/// </summary>
internal static class QuoteTrimmer
{
    public static TextSpan Trim(string text, TextSpan sentence, int firstMatch, int maxLength)
    {
        if (sentence.Length <= maxLength)
        {
            return sentence;
        }

        var start = sentence.Start;
        if (firstMatch >= 0 && firstMatch + (maxLength / 3) > sentence.Start + maxLength)
        {
            // Start at a clause (after ", " or "; ") or else a word shortly before the first match.
            start = ClauseStartBefore(text, sentence.Start, firstMatch) ?? WordStartBefore(text, sentence.Start, firstMatch - (maxLength / 4));
        }

        var limit = Math.Min(sentence.End, start + maxLength);
        var end = limit == sentence.End ? limit : WordEndBefore(text, start, limit);
        return end > start ? new TextSpan(start, end) : new TextSpan(start, WordEndBefore(text, start, start + maxLength));
    }

    private static int? ClauseStartBefore(string text, int floor, int position)
    {
        for (var i = position - 1; i > floor && position - i < 120; i--)
        {
            if (text[i] == ' ' && text[i - 1] is ',' or ';' or ':')
            {
                return i + 1;
            }
        }

        return null;
    }

    private static int WordStartBefore(string text, int floor, int position)
    {
        for (var i = Math.Max(position, floor); i > floor; i--)
        {
            if (char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return floor;
    }

    /// <summary>The end of the last whole word before <paramref name="limit"/>, preferring the end of a clause in the last third.</summary>
    private static int WordEndBefore(string text, int start, int limit)
    {
        var lastWordEnd = -1;
        for (var i = limit; i > start; i--)
        {
            var endsWord = !char.IsWhiteSpace(text[i - 1]) && (i == text.Length || char.IsWhiteSpace(text[i]));
            if (!endsWord)
            {
                continue;
            }

            if (text[i - 1] is ',' or ';' or ':' && i - start >= (limit - start) * 2 / 3)
            {
                return i - 1;
            }

            if (lastWordEnd < 0)
            {
                lastWordEnd = i;
            }
        }

        // No word boundary at all (one enormous "word"): cut at the limit rather than return nothing.
        return lastWordEnd > start ? lastWordEnd : limit - (limit < text.Length && char.IsLowSurrogate(text[limit]) ? 1 : 0);
    }
}
