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

    // Words a navigation or sharing widget is made of. Function words ("in", "to", "the") are here so that
    // "Skip to content" matches, but they never make a line debris on their own: see WidgetWords.
    private static readonly HashSet<string> InterfaceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "clock", "menu", "more", "more-arrow", "arrow", "yes", "no", "mobile", "search", "share", "shares", "tweet", "email",
        "facebook", "twitter", "linkedin", "pinterest", "whatsapp", "reddit", "flipboard", "print", "comments", "comment",
        "close", "subscribe", "login", "log", "sign", "in", "up", "home", "next", "previous", "prev", "skip", "to", "content",
        "main", "navigation", "toggle", "icon", "chevron", "hamburger", "story", "this", "article", "advertisement", "ad",
        "sponsored", "loading", "read", "save", "copy", "link", "follow", "us", "newsletter", "rss", "x", "open", "expand",
        "collapse", "caret", "down", "left", "right", "back", "top", "on", "via", "the", "filed", "under", "continue", "below",
        "reading", "related", "stories", "articles", "most", "popular", "listen", "audio", "video", "play", "pause", "mute",
        "with", "continues", "topics", "messenger", "telegram", "sms", "options", "sharing",
    };

    // Words only page furniture uses: a line of interface words is debris only if it holds one of these
    // ("In the top" and "Yes no" are text; "Share this story" and "clock menu" are not).
    private static readonly HashSet<string> WidgetWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "clock", "menu", "more-arrow", "arrow", "mobile", "share", "tweet", "email", "facebook", "twitter", "linkedin",
        "pinterest", "whatsapp", "reddit", "flipboard", "print", "comments", "subscribe", "login", "navigation", "toggle",
        "icon", "chevron", "hamburger", "advertisement", "ad", "sponsored", "loading", "newsletter", "rss", "caret", "skip",
    };

    // Words that are debris even alone on a line.
    private static readonly HashSet<string> StandaloneWidgetWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "menu", "more-arrow", "share", "tweet", "advertisement", "sponsored", "loading", "subscribe", "print", "comments",
        "email", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit", "flipboard",
    };

    // Whole lines that are widget labels although their words are ordinary.
    private static readonly HashSet<string> WidgetPhrases = new(StringComparer.OrdinalIgnoreCase)
    {
        "read more", "continue reading", "related stories", "related articles", "most popular", "more stories", "sign up",
        "sign in", "log in", "back to top", "listen to this article", "top stories", "follow us",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InterfaceLookup = InterfaceWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WidgetLookup = WidgetWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StandaloneLookup = StandaloneWidgetWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseLookup = WidgetPhrases.GetAlternateLookup<ReadOnlySpan<char>>();

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
        if (line.StartsWith("Filed under", StringComparison.OrdinalIgnoreCase) || PhraseLookup.Contains(line.TrimEnd(".:…")))
        {
            return true;
        }

        var words = 0;
        var widget = false;
        var standalone = false;
        foreach (var range in line.SplitAny(" \t|·•/"))
        {
            var word = line[range].Trim(":,;|()[]");
            if (word.IsEmpty)
            {
                continue;
            }

            if (!InterfaceLookup.Contains(word))
            {
                return false;
            }

            words++;
            widget |= WidgetLookup.Contains(word);
            standalone |= StandaloneLookup.Contains(word);
        }

        return widget && (words >= 2 || standalone);
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
