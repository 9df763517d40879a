using System.Text.RegularExpressions;

namespace NewsBot.Core.Articles.Text;

/// <summary>
/// Recognises lines of a pasted web page that are not article text: navigation and sharing widgets
/// ("clock menu more-arrow no yes mobile", "Filed under:", "Share this story") and photo credits ("Getty Images",
/// "Photo: Jane Doe/Reuters", "(Photo by ...)"). Deliberately narrow: a short line of real words ("Ewood Park",
/// "No.", "All black") must survive, so a line is debris only when every word of it is page furniture.
/// </summary>
public static partial class DebrisFilter
{
    // Longer lines are prose, whatever words they hold.
    private const int MaxDebrisLength = 100;

    private static readonly HashSet<string> InterfaceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "clock", "menu", "more", "more-arrow", "arrow", "yes", "no", "mobile", "search", "share", "shares", "tweet", "email",
        "facebook", "twitter", "linkedin", "pinterest", "whatsapp", "reddit", "flipboard", "print", "comments", "comment",
        "close", "subscribe", "login", "log", "sign", "in", "up", "home", "next", "previous", "prev", "skip", "to", "content",
        "main", "navigation", "toggle", "icon", "chevron", "hamburger", "story", "this", "article", "advertisement", "ad",
        "sponsored", "loading", "read", "save", "copy", "link", "follow", "us", "newsletter", "rss", "x", "open", "expand",
        "collapse", "caret", "down", "left", "right", "back", "top", "on", "via", "the", "filed", "under", "continue", "below",
        "reading", "related", "stories", "articles", "most", "popular", "listen", "audio", "video", "play", "pause", "mute",
    };

    // Words that are debris even alone on a line; the others ("yes", "no", "more", "home") need company.
    private static readonly HashSet<string> StandaloneInterfaceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "menu", "more-arrow", "share", "tweet", "advertisement", "sponsored", "loading", "subscribe", "print", "comments",
    };

    /// <summary>Whether a single line is page furniture or a photo credit rather than article text.</summary>
    public static bool IsDebris(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty || line.Length > MaxDebrisLength)
        {
            return false;
        }

        return IsInterfaceLine(line) || IsPhotoCredit(line);
    }

    /// <summary>Whether a line is only a photo or image credit ("Getty Images", "AP Photo/Evan Vucci", "Image copyright Reuters").</summary>
    public static bool IsPhotoCredit(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty || line.Length > MaxDebrisLength)
        {
            return false;
        }

        return CreditPattern().IsMatch(line) || AgencyOnlyPattern().IsMatch(line);
    }

    private static bool IsInterfaceLine(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("Filed under", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var words = 0;
        var standalone = false;
        foreach (var range in line.SplitAny(" \t|·•/"))
        {
            var word = line[range].Trim(":,;|()[]");
            if (word.IsEmpty)
            {
                continue;
            }

            if (!InterfaceWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return false;
            }

            words++;
            standalone |= StandaloneInterfaceWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
        }

        return words >= 2 || standalone;
    }

    // "Photo: X", "Photograph by X", "Image copyright X", "Image source, X", "Picture credit: X", "(Photo by X/Getty Images)",
    // "AP Photo/X", "Credit: X", "X/Getty Images", "X/AFP via Getty Images".
    [GeneratedRegex(
        @"^\(?\s*(?:(?:photo|photograph|image|picture|pic|illustration)s?\s*(?:\s(?:by|credit|copyright|source|courtesy)\b|:)|(?:photo|image)\s+(?:caption|credit)|credit\s*:|ap\s+photo\b|(?:[\p{L}.' -]{2,40}/)+(?:getty(?:\s+images)?|afp|reuters|ap|epa|shutterstock|alamy|pa(?:\s+media)?|bloomberg|corbis|the\s+\w+|[\p{L} ]{2,30}\s+via\s+getty\s+images)\)?\s*$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditPattern();

    [GeneratedRegex(
        @"^\(?(?:getty\s+images|getty|afp(?:/getty(?:\s+images)?)?|reuters|associated\s+press|ap\s+photo|epa|shutterstock|alamy(?:\s+stock\s+photo)?|pa\s+media|pa\s+wire|bloomberg(?:\s+via\s+getty\s+images)?|corbis|istock(?:photo)?)\)?\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgencyOnlyPattern();
}
