namespace NewsBot.Core.Articles.Formats;

/// <summary>How a title is picked from the paragraphs of an untitled text, and how a stand-in title is made.</summary>
internal static class TitleRules
{
    private const int MaxTitleLength = 150;
    private const int FallbackTitleLength = 80;

    /// <summary>
    /// Whether a paragraph reads like a headline: one line, short, and not ending like a sentence
    /// (headlines end without a period; "?" and "!" are allowed).
    /// </summary>
    public static bool LooksLikeTitle(string paragraph) =>
        paragraph.Length <= MaxTitleLength
        && !paragraph.Contains('\n', StringComparison.Ordinal)
        && !paragraph.EndsWith('.') && !paragraph.EndsWith(',') && !paragraph.EndsWith(';') && !paragraph.EndsWith(':');

    /// <summary>A stand-in title from the start of the text, cut at a word boundary.</summary>
    public static string FromText(string text, string fallback)
    {
        var firstLine = text.AsSpan().Trim();
        var newline = firstLine.IndexOf('\n');
        if (newline >= 0)
        {
            firstLine = firstLine[..newline];
        }

        if (firstLine.IsEmpty)
        {
            return fallback;
        }

        if (firstLine.Length <= FallbackTitleLength)
        {
            return firstLine.ToString();
        }

        var cut = WordBoundaries.BoundaryAtOrBefore(firstLine, FallbackTitleLength);
        if (cut == 0)
        {
            cut = FallbackTitleLength;
        }

        return string.Concat(firstLine[..cut].TrimEnd(), "…");
    }
}
