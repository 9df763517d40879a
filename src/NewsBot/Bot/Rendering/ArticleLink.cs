using System.Globalization;

namespace NewsBot.Bot.Rendering;

/// <summary>How an article is named in Discord: its escaped title, as a masked link when it has a usable url, and its date.</summary>
internal static class ArticleLink
{
    /// <summary>Longest title shown (UTF-16 units); longer ones are shortened at a word.</summary>
    public const int MaxTitleLength = 150;

    /// <summary>Longest url linked; Discord's own link button limit, and enough for real article urls.</summary>
    public const int MaxUrlLength = 512;

    /// <summary>
    /// <c>[Title](&lt;url&gt;)</c>: the angle brackets stop Discord from unfurling a preview. Without a usable url, just the
    /// escaped title.
    /// </summary>
    public static string Markdown(string title, string? url)
    {
        var label = DiscordMarkdown.EscapeInline(PlainText.Shorten(Untitled(title), MaxTitleLength));
        return SafeUrl(url) is { } safe ? $"[{label}](<{safe}>)" : label;
    }

    /// <summary>The source line under a quote: <c>— [Title](&lt;url&gt;) · 2017-04-25</c>.</summary>
    public static string SourceLine(string title, string? url, DateTimeOffset? date) =>
        "— " + Markdown(title, url) + (date is { } d ? " · " + FormatDate(d) : "");

    public static string FormatDate(DateTimeOffset date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An absolute http(s) url with nothing that could end the link early or inject markdown; null otherwise.</summary>
    public static string? SafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > MaxUrlLength
            || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0) // "https://trusted.example@elsewhere.example/": a link that lies about where it goes
        {
            return null;
        }

        var text = uri.AbsoluteUri;
        // AbsoluteUri percent-encodes spaces and angle brackets; parentheses are legal in urls but close a masked link,
        // and an "@" would put mention syntax ("@everyone") into the message, which the bot never posts.
        text = text.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
            .Replace("@", "%40", StringComparison.Ordinal);
        return text.Length <= MaxUrlLength && !text.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '`')
            ? text
            : null;
    }

    private static string Untitled(string title) => string.IsNullOrWhiteSpace(title) ? "(untitled)" : title.Trim();
}
