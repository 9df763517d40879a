using HtmlAgilityPack;

using NewsBot.Core.Articles.Text;

namespace NewsBot.Core.Articles.Formats;

/// <summary>Title, canonical url, publication date and author from an HTML page's head and markup.</summary>
internal sealed record HtmlMetadata(string? Title, string? Url, DateTimeOffset? Date, string? Author)
{
    private static readonly string[] TitleSeparators = [" | ", " – ", " — ", " - ", " :: ", " · "];

    public static HtmlMetadata Read(HtmlDocument document)
    {
        var root = document.DocumentNode;
        // og:title and <title> sometimes carry the site name ("Storm hits coast | Daily Paper"); an <h1> does not.
        var title = WithoutSiteName(Meta(root, "og:title") ?? Meta(root, "twitter:title")) ?? InnerText(root.SelectSingleNode("//h1"))
            ?? WithoutSiteName(InnerText(root.SelectSingleNode("//title")));
        var url = root.SelectSingleNode("//link[@rel='canonical']")?.GetAttributeValue("href", null!) ?? Meta(root, "og:url");
        var date = DateParser.Parse(Meta(root, "article:published_time") ?? Meta(root, "datePublished") ?? Meta(root, "date")
            ?? root.SelectSingleNode("//time[@datetime]")?.GetAttributeValue("datetime", null!));
        var author = Meta(root, "author") ?? Meta(root, "article:author") ?? InnerText(root.SelectSingleNode("//*[@rel='author']"));
        return new HtmlMetadata(title, Blank(url), date, author);
    }

    /// <summary>Drops a trailing " | Site" style suffix, keeping the longest part when the title is made of several.</summary>
    public static string? WithoutSiteName(string? title)
    {
        if (title is null)
        {
            return null;
        }

        foreach (var separator in TitleSeparators)
        {
            var cut = title.LastIndexOf(separator, StringComparison.Ordinal);
            // Only a short tail is a site name; "Russia - the long game" is a title with a dash.
            if (cut > 0 && title.Length - cut - separator.Length <= 40 && cut >= title.Length - cut - separator.Length)
            {
                return WithoutSiteName(title[..cut].Trim());
            }
        }

        return title;
    }

    private static string? Meta(HtmlNode root, string name)
    {
        foreach (var node in root.SelectNodes("//meta") ?? Enumerable.Empty<HtmlNode>())
        {
            var key = node.GetAttributeValue("property", null!) ?? node.GetAttributeValue("name", null!) ?? node.GetAttributeValue("itemprop", null!);
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return Blank(HtmlEntity.DeEntitize(node.GetAttributeValue("content", string.Empty)));
            }
        }

        return null;
    }

    private static string? InnerText(HtmlNode? node) => node is null ? null : Blank(Whitespace.Collapse(HtmlEntity.DeEntitize(node.InnerText)));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
