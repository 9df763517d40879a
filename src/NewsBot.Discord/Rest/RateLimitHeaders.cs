using System.Globalization;
using System.Net.Http.Headers;

namespace NewsBot.Discord.Rest;

/// <summary>The <c>X-RateLimit-*</c> headers of one response.</summary>
internal sealed record RateLimitHeaders(
    string? Bucket,
    int? Limit,
    int? Remaining,
    TimeSpan? ResetAfter,
    bool Global,
    string? Scope,
    TimeSpan? RetryAfterHeader)
{
    public static RateLimitHeaders From(HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return new RateLimitHeaders(
            Get(headers, "X-RateLimit-Bucket"),
            ParseInt(Get(headers, "X-RateLimit-Limit")),
            ParseInt(Get(headers, "X-RateLimit-Remaining")),
            ParseSeconds(Get(headers, "X-RateLimit-Reset-After")),
            string.Equals(Get(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
            Get(headers, "X-RateLimit-Scope"),
            ParseSeconds(Get(headers, "Retry-After")));
    }

    private static string? Get(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static int? ParseInt(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    // Reset-After and Retry-After are seconds, possibly fractional (v10 never uses milliseconds here).
    private static TimeSpan? ParseSeconds(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
