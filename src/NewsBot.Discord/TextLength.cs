
namespace NewsBot.Discord;

/// <summary>Discord counts string lengths in Unicode code points, not UTF-16 units.</summary>
internal static class TextLength
{
    public static int CodePoints(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>Throws when <paramref name="text"/> is longer than <paramref name="max"/> code points.</summary>
    public static void Check(string field, string? text, int max)
    {
        var length = CodePoints(text);
        if (length > max)
        {
            throw new DiscordValidationException(field, $"is {length} characters long; Discord allows at most {max}.");
        }
    }

    /// <summary>Throws unless <paramref name="text"/> has between <paramref name="min"/> and <paramref name="max"/> code points.</summary>
    public static void CheckRange(string field, string? text, int min, int max)
    {
        var length = CodePoints(text);
        if (length < min || length > max)
        {
            throw new DiscordValidationException(field, $"is {length} characters long; Discord requires {min} to {max}.");
        }
    }

}
