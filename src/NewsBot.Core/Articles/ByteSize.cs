using System.Globalization;

namespace NewsBot.Core.Articles;

/// <summary>Human-readable byte counts for skip reasons: "512 bytes", "3.2 KB", "12.3 MB", "10 MB".</summary>
internal static class ByteSize
{
    public static string Format(long bytes)
    {
        const double Kilo = 1024;
        return bytes switch
        {
            < 1024 => $"{bytes} bytes",
            < 1024 * 1024 => Units(bytes / Kilo, "KB"),
            < 1024L * 1024 * 1024 => Units(bytes / (Kilo * Kilo), "MB"),
            _ => Units(bytes / (Kilo * Kilo * Kilo), "GB"),
        };
    }

    private static string Units(double value, string unit) => value.ToString("0.#", CultureInfo.InvariantCulture) + " " + unit;
}
