using System.Text.RegularExpressions;

namespace NewsBot.Core.Articles.Formats;

/// <summary>
/// Inline Markdown a reader would not quote: images are dropped, links keep their text, <c>**bold**</c> and
/// <c>__bold__</c> lose their markers. Single <c>*</c> and <c>_</c> are left alone: in news text they are more often
/// footnote stars and snake_case than emphasis. Lines without markup are returned as they are (no allocation).
/// </summary>
internal static partial class MarkdownInline
{
    public static string Strip(string line)
    {
        if (!line.Contains("](", StringComparison.Ordinal) && !line.Contains("**", StringComparison.Ordinal)
            && !line.Contains("__", StringComparison.Ordinal))
        {
            return line;
        }

        var result = ImagePattern().Replace(line, string.Empty);
        result = LinkPattern().Replace(result, "$1");
        result = StrongPattern().Replace(result, "$2");
        return result.Trim();
    }

    /// <summary>These patterns can backtrack on a hostile line (160 KB of "**a " took 29 s): past this, the file is reported.</summary>
    private const int MatchTimeoutMilliseconds = 2000;

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)", RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex ImagePattern();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)\s]+(?:\s+""[^""]*"")?\)", RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex StrongPattern();
}
