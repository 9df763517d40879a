using System.Text.RegularExpressions;
using NewsBot.Bot.Rendering;

namespace NewsBot.Tests.Bot.Rendering;

/// <summary>Checks that rendered Discord markdown is safe: balanced bold markers, no live mentions, within the length limit.</summary>
internal static partial class MarkdownAssert
{
    public static void BoldIsBalancedOnEveryLine(string content)
    {
        foreach (var line in content.Split('\n'))
        {
            var unescaped = EscapedCharacter().Replace(line, "");
            var markers = Regex.Count(unescaped, @"\*\*");
            Assert.True(markers % 2 == 0, $"Unbalanced bold on line: {line}");
        }
    }

    public static void PingsNobody(string content)
    {
        Assert.DoesNotMatch(LiveMention(), content);
    }

    public static void FitsInOneMessage(string content)
    {
        var codePoints = content.EnumerateRunes().Count();
        Assert.True(codePoints <= 2000, $"{codePoints} code points");
        Assert.True(content.Length <= DiscordAnswerRenderer.MaxLength, $"{content.Length} UTF-16 units");
    }

    [GeneratedRegex(@"\\.")]
    private static partial Regex EscapedCharacter();

    [GeneratedRegex(@"@(everyone|here)|<@[!&]?\d|<#\d", RegexOptions.IgnoreCase)]
    private static partial Regex LiveMention();
}
