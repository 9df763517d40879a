using NewsBot.Bot.Rendering;

namespace NewsBot.Tests.Bot.Rendering;

public sealed class DiscordMarkdownTests
{
    [Theory]
    [InlineData("a*b", @"a\*b")]
    [InlineData("snake_case", @"snake\_case")]
    [InlineData("~~gone~~", @"\~\~gone\~\~")]
    [InlineData("||spoiler||", @"\|\|spoiler\|\|")]
    [InlineData("`code`", @"\`code\`")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("[site](http://x.test)", @"\[site\](http://x.test)")]
    [InlineData("> not a quote", @"\> not a quote")]
    [InlineData("# not a heading", @"\# not a heading")]
    [InlineData("-# not subtext", @"\-# not subtext")]
    [InlineData("- not a list", @"\- not a list")]
    [InlineData("12. not a list", @"12\. not a list")]
    [InlineData("  - indented", @"  \- indented")]
    [InlineData("a > b - c # d 3.5", "a > b - c # d 3.5")]
    public void Escape_MarkdownInArticleText_ShowsLiterally(string text, string expected) =>
        Assert.Equal(expected, DiscordMarkdown.Escape(text));

    [Fact]
    public void Escape_LineStartRules_ApplyOnEveryLine() =>
        Assert.Equal("first\n\\> second\n\\# third\n4\\. fourth", DiscordMarkdown.Escape("first\n> second\n# third\n4. fourth"));

    [Fact]
    public void Escape_NotAtLineStart_LeavesLineStartCharactersAlone() =>
        Assert.Equal("# x", DiscordMarkdown.Escape("# x", atLineStart: false));

    [Theory]
    [InlineData("@everyone look")]
    [InlineData("hey @here")]
    [InlineData("@EVERYONE")]
    [InlineData("<@123456789012345678>")]
    [InlineData("<@!123456789012345678>")]
    [InlineData("<@&123456789012345678>")]
    [InlineData("<#123456789012345678>")]
    public void Escape_MentionSyntax_IsNeutralised(string text)
    {
        var escaped = DiscordMarkdown.Escape(text);
        MarkdownAssert.PingsNobody(escaped);
        Assert.Equal(text, escaped.Replace(DiscordMarkdown.ZeroWidthSpace.ToString(), "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("macron *election* [2017] @everyone <@1> a_b")]
    [InlineData(@"c:\path\to_file | pipe ~ `tick`")]
    public void Unescape_WhatEscapeWrote_GivesTheOriginalBack(string text) =>
        Assert.Equal(text, DiscordMarkdown.Unescape(DiscordMarkdown.EscapeInline(text)));

    [Fact]
    public void EscapeInline_LineBreaks_BecomeSpaces() =>
        Assert.Equal("one two - three", DiscordMarkdown.EscapeInline("one\n two\r\n- three"));
}
