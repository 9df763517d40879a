using System.Globalization;

namespace NewsBot.Core.Articles.Formats;

/// <summary>Reads publication dates written the ways article sources write them (ISO 8601, RFC 1123, "April 25, 2017", Unix seconds).</summary>
internal static class DateParser
{
    private static readonly string[] ExtraFormats =
    [
        "yyyyMMdd", "yyyy/MM/dd", "dd/MM/yyyy", "d MMMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "d MMM yyyy", "yyyy-MM-dd HH:mm",
    ];

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, styles, out var parsed)
            || DateTimeOffset.TryParseExact(value, ExtraFormats, CultureInfo.InvariantCulture, styles, out parsed))
        {
            return parsed;
        }

        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
        {
            return FromUnix(unix);
        }

        return null;
    }

    /// <summary>Unix time in seconds, or milliseconds when the number is too large to be seconds.</summary>
    public static DateTimeOffset? FromUnix(long value)
    {
        const long MaxSeconds = 253_402_300_799; // 9999-12-31
        try
        {
            return value > MaxSeconds ? DateTimeOffset.FromUnixTimeMilliseconds(value) : DateTimeOffset.FromUnixTimeSeconds(value);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
