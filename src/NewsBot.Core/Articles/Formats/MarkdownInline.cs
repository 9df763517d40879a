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

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex ImagePattern();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)\s]+(?:\s+""[^""]*"")?\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex StrongPattern();
}
