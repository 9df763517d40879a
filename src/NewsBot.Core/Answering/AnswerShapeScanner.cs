using System.Collections.Frozen;

namespace NewsBot.Core.Answering;

/// <summary>
/// Looks through a sentence for things a question could be asking for and does not itself contain: numbers, dates
/// (years, month names, centuries) and names (capitalised words after the first word). Lexical cues only, with no
/// word lists tied to any corpus, so it behaves the same on any English articles.
/// </summary>
internal static class AnswerShapeScanner
{
    private static readonly FrozenSet<string> NumberWords = FrozenSet.ToFrozenSet(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
         "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen",
         "dozens", "half", "double", "twice", "once", "first", "second", "third", "fourth", "fifth", "percent", "several"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> DateWords = FrozenSet.ToFrozenSet(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
         "december", "century", "centuries", "decade", "decades", "bc", "bce", "ad", "ce", "spring", "summer", "autumn",
         "winter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "1990s", "today", "later",
         "after", "before", "during", "until", "since", "ago"],
        StringComparer.Ordinal);

    /// <summary>What a sentence holds that the question does not: counts of new numbers, dates and names.</summary>
    public readonly record struct Shapes(int Numbers, int Dates, int Names);

    public static Shapes Scan(ReadOnlySpan<char> sentence, FrozenSet<string> questionWords)
    {
        var lookup = questionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        int numbers = 0, dates = 0, names = 0;
        var wordIndex = 0;
        Span<char> lower = stackalloc char[32];
        var i = 0;
        while (i < sentence.Length)
        {
            if (!char.IsLetterOrDigit(sentence[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < sentence.Length && (char.IsLetterOrDigit(sentence[i]) || (sentence[i] is ',' or '.' && i + 1 < sentence.Length && char.IsDigit(sentence[i + 1]) && char.IsDigit(sentence[i - 1]))))
            {
                i++;
            }

            var word = sentence[start..i];
            wordIndex++;
            if (word.Length > lower.Length)
            {
                continue;
            }

            var length = word.ToLowerInvariant(lower);
            var key = lower[..length];
            if (lookup.Contains(key))
            {
                continue;
            }

            if (char.IsDigit(word[0]))
            {
                numbers++;
                if (IsYear(word))
                {
                    dates++;
                }
            }
            else if (DateWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key))
            {
                dates++;
            }
            else if (NumberWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key))
            {
                numbers++;
            }
            else if (char.IsUpper(word[0]) && wordIndex > 1)
            {
                names++;
            }
        }

        return new Shapes(numbers, dates, names);
    }

    private static bool IsYear(ReadOnlySpan<char> word)
    {
        var digits = word.EndsWith("s") ? word[..^1] : word;
        return digits.Length == 4 && digits[0] is '1' or '2' && int.TryParse(digits, out var year) && year is >= 1000 and <= 2100;
    }
}
