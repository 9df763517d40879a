using System.Buffers;
using NewsBot.Core.Articles.Text;

namespace NewsBot.Core.Articles;

/// <summary>
/// Splits a paragraph of an article's text into sentence spans. Works on spans and indices only (it runs over hundreds of
/// megabytes when indexing), so it allocates nothing per sentence. Knows abbreviations and initials ("Mr.", "U.S.",
/// "J. K. Rowling", "No. 5"), decimals ("$12.5 million"), ellipses, and quotes or brackets after the final mark.
/// Spans never include the whitespace around a sentence; a paragraph that ends without punctuation still ends a sentence.
/// </summary>
public static class SentenceSplitter
{
    private static readonly SearchValues<char> Terminators = SearchValues.Create(".?!…‽");

    /// <summary>Adds the sentences of <paramref name="paragraph"/> (a range of <paramref name="text"/>) to <paramref name="sentences"/>.</summary>
    public static void Split(ReadOnlySpan<char> text, TextSpan paragraph, ICollection<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (paragraph.Start < 0 || paragraph.End > text.Length || paragraph.Start > paragraph.End)
        {
            throw new ArgumentOutOfRangeException(nameof(paragraph), paragraph, $"The range must lie inside the text (length {text.Length}).");
        }

        var end = paragraph.End;
        var start = SkipWhitespace(text, paragraph.Start, end);
        var i = start;
        while (i < end)
        {
            // Vectorised jump to the next candidate mark: most characters are not terminators.
            var found = text[i..end].IndexOfAny(Terminators);
            if (found < 0)
            {
                break;
            }

            i += found;

            var markStart = i;
            while (i < end && IsTerminator(text[i]))
            {
                i++;
            }

            var markEnd = i;
            while (i < end && IsCloser(text[i]))
            {
                i++;
            }

            if (i < end && !char.IsWhiteSpace(text[i]))
            {
                continue; // "3.14", "U.S.-led", "Yahoo!'s": the mark is inside a word.
            }

            var next = SkipWhitespace(text, i, end);
            if (next < end && EndsSentence(text, start, markStart, markEnd, next, end))
            {
                sentences.Add(new TextSpan(start, i));
                start = next;
            }

            i = next;
        }

        var last = TrimEnd(text, start, end);
        if (last > start)
        {
            sentences.Add(new TextSpan(start, last));
        }
    }

    /// <summary>The sentences of a paragraph range, as a new list.</summary>
    public static IReadOnlyList<TextSpan> Split(string text, TextSpan paragraph)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<TextSpan>();
        Split(text.AsSpan(), paragraph, sentences);
        return sentences;
    }

    private static bool EndsSentence(ReadOnlySpan<char> text, int sentenceStart, int markStart, int markEnd, int next, int end)
    {
        var following = NextWord(text, next, end);
        var firstChar = text[next];
        // A lowercase continuation means the sentence goes on: "etc. and", "\"Why?\" he asked", "wait... what".
        if (char.IsLower(firstChar))
        {
            return false;
        }

        var singlePeriod = markEnd - markStart == 1 && text[markStart] == '.';
        if (!singlePeriod)
        {
            return true;
        }

        var word = WordBefore(text, sentenceStart, markStart);
        if (word.IsEmpty)
        {
            return true;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            // An initial ("J. K. Rowling", "George W. Bush") unless a sentence clearly starts next ("World War I. The war").
            return following.Length > 1 && Abbreviations.IsSentenceStarter(following);
        }

        if (Abbreviations.IsNeverFinal(word))
        {
            return false;
        }

        if (word is "No" or "Nos" or "no")
        {
            return !char.IsDigit(firstChar); // "No. 5" goes on; "He said no. Then" ends.
        }

        if (Abbreviations.IsMaybeFinal(word) || IsDottedAbbreviation(word))
        {
            return !char.IsDigit(firstChar) && Abbreviations.IsSentenceStarter(following);
        }

        return true;
    }

    // The word just before a period, without opening quotes or brackets: "(U.S" -> "U.S".
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int sentenceStart, int markStart)
    {
        var s = markStart;
        while (s > sentenceStart && !char.IsWhiteSpace(text[s - 1]) && text[s - 1] is not ('(' or '[' or '"' or '“' or '‘' or '«'))
        {
            s--;
        }

        return text[s..markStart];
    }

    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text, int start, int end)
    {
        var e = start;
        while (e < end && char.IsLetter(text[e]))
        {
            e++;
        }

        return text[start..e];
    }

    // "e.g", "Ph.D", "U.S.A": letters separated by inner periods.
    private static bool IsDottedAbbreviation(ReadOnlySpan<char> word) =>
        word.Length >= 3 && word.Contains('.') && !word.ContainsAnyExcept(".abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static bool IsTerminator(char c) => c is '.' or '?' or '!' or '…' or '‽';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '}' or '›';

    private static int SkipWhitespace(ReadOnlySpan<char> text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
