using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Bot.Commands;

/// <summary>
/// Stateless custom ids for Previous/Next buttons, so any bot process can serve a click, even after a restart:
/// <c>sources:&lt;page&gt;</c>, <c>search:&lt;page&gt;:q:&lt;query&gt;</c> when the query fits in Discord's 100 characters, else
/// <c>search:&lt;page&gt;:h:&lt;hash&gt;</c> with the query read back from the message content and checked against the hash.
/// </summary>
internal static class PageCustomId
{
    public const int MaxLength = 100;
    public const string SearchKind = "search";
    public const string SourcesKind = "sources";

    public static string ForSources(int page) => string.Create(CultureInfo.InvariantCulture, $"{SourcesKind}:{page}");

    public static string ForSearch(int page, string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var withQuery = string.Create(CultureInfo.InvariantCulture, $"{SearchKind}:{page}:q:{query}");
        // Discord counts code points; UTF-16 length is never smaller, so this check is on the safe side.
        return withQuery.Length <= MaxLength
            ? withQuery
            : string.Create(CultureInfo.InvariantCulture, $"{SearchKind}:{page}:h:{Hash(query)}");
    }

    /// <summary>Reads a custom id back; null when it is not one of ours or is malformed.</summary>
    public static PageCustomIdValue? Parse(string? customId)
    {
        if (string.IsNullOrEmpty(customId) || customId.Length > MaxLength)
        {
            return null;
        }

        var parts = customId.Split(':', 4);
        if (parts.Length < 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var page))
        {
            return null;
        }

        return parts switch
        {
            [SourcesKind, _] => new PageCustomIdValue(SourcesKind, page, null, null),
            [SearchKind, _, "q", var query] when query.Length > 0 => new PageCustomIdValue(SearchKind, page, query, null),
            [SearchKind, _, "h", var hash] when hash.Length == 16 => new PageCustomIdValue(SearchKind, page, null, hash),
            _ => null,
        };
    }

    /// <summary>First 8 bytes of SHA-256 of the query, in hex: enough to tell queries apart within one message.</summary>
    public static string Hash(string query) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)), 0, 8);
}
