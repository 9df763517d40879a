using System.Text.RegularExpressions;

namespace NewsBot.Core.Articles.Formats;

/// <summary>
/// The shape of a web page pasted as plain text: a header (navigation, then the headline, byline and publication
/// line), the article's prose, and a trailer ("Related Topics", "More on this story"). Lines are judged by shape only,
/// never removed from the middle of the prose, so a plain article with a headline on top passes through unchanged.
/// </summary>
internal static partial class PastedPage
{
    private const int ProseMinWords = 8;

    private static readonly HashSet<string> TrailerHeadings = new(StringComparer.OrdinalIgnoreCase)
    {
        "related topics", "related stories", "related articles", "related content", "related", "more on this story",
        "more stories", "most read", "most popular", "top stories", "you may also like", "recommended", "read more",
        "around the web", "comments", "more from this section", "explore more",
    };

    /// <summary>Prose: a line of at least eight words that ends like a sentence (or a quote or bracket after one).</summary>
    public static bool IsProse(string paragraph) =>
        paragraph.Split('\n').Any(line => WordCount(line) >= ProseMinWords && line.TrimEnd()[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ')' or '…');

    /// <summary>A headline candidate further down the header: one line, headline-shaped, at least three words, not a byline.</summary>
    public static bool IsHeadline(string paragraph) =>
        TitleRules.LooksLikeTitle(paragraph) && WordCount(paragraph) >= 3 && Byline(paragraph) is null && !IsPublicationLine(paragraph);

    /// <summary>The author named by a byline paragraph ("By Jane Smith", "By Jane Smith and Tom Jones, BBC News"), else null.</summary>
    public static string? Byline(string paragraph)
    {
        var firstLine = paragraph.Split('\n')[0];
        var match = BylinePattern().Match(firstLine);
        return match.Success && paragraph.Split('\n').Length <= 2 ? match.Groups["name"].Value.Trim() : null;
    }

    /// <summary>"Published 3 hours ago", "Updated 12:30 GMT, 4 May 2024", "Posted on May 4": a short publication line.</summary>
    public static bool IsPublicationLine(string paragraph) => !paragraph.Contains('\n', StringComparison.Ordinal) && PublicationPattern().IsMatch(paragraph);

    /// <summary>The text after "Published"/"Updated" in a publication line, to try as a date.</summary>
    public static string PublicationDateText(string paragraph) => PublicationPattern().Match(paragraph).Groups["date"].Value;

    /// <summary>Whether a paragraph opens the page trailer (its first line is a heading like "Related Topics").</summary>
    public static bool IsTrailerHeading(string paragraph) =>
        TrailerHeadings.Contains(paragraph.Split('\n')[0].Trim().TrimEnd(':')) || paragraph.StartsWith("More from ", StringComparison.OrdinalIgnoreCase);

    private static int WordCount(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^By\s+(?<name>\p{Lu}[\p{L}'.\-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}'.\-]*){0,5})(?:\s*[,|–-]\s*.{0,40})?$", RegexOptions.CultureInvariant)]
    private static partial Regex BylinePattern();

    [GeneratedRegex(@"^(?:Published|Updated|Posted|Last updated)(?:\s+on)?\s*:?\s*(?<date>[^.]{1,60})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PublicationPattern();
}
