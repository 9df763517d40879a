using NewsBot.Bot.Rendering;
using NewsBot.Tests.Bot.Support;

namespace NewsBot.Tests.Bot.Rendering;

public sealed class DiscordAnswerRendererTests
{
    [Fact]
    public void Render_Quote_IsABlockQuoteWithMatchedWordsInBold()
    {
        var quote = Some.Quote("That’s according to a new report from Tokyo-based cybersecurity firm Trend Micro.", highlighted: ["report", "firm"]);

        var content = DiscordAnswerRenderer.Render(Some.Answer(quote));

        Assert.StartsWith("> That’s according to a new **report** from Tokyo-based cybersecurity **firm** Trend Micro.\n— ", content);
    }

    [Fact]
    public void Render_NeighbouringHighlights_AreOneBoldRun()
    {
        var quote = Some.Quote("It targeted the Macron campaign in March.", highlighted: ["Macron", "campaign"]);

        Assert.Contains("the **Macron campaign** in", DiscordAnswerRenderer.Render(Some.Answer(quote)), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MultiLineQuote_QuotesEveryLineAndKeepsBoldWithinLines()
    {
        var text = "First paragraph ends here.\n\nSecond paragraph starts here.";
        var quote = Some.Quote(text, highlighted: ["ends here.\n\nSecond"]);

        var content = DiscordAnswerRenderer.Render(Some.Answer(quote));

        Assert.StartsWith("> First paragraph **ends here.**\n> \n> **Second** paragraph starts here.\n— ", content);
        MarkdownAssert.BoldIsBalancedOnEveryLine(content);
    }

    [Fact]
    public void Render_ArticleWithUrlAndDate_SourceIsAMaskedLinkThatDoesNotUnfurl()
    {
        var quote = Some.Quote("Trend Micro wrote the report.", title: "Hackers [and] the vote", url: "https://news.example/macron?a=1",
            date: new DateTimeOffset(2017, 4, 25, 0, 0, 0, TimeSpan.Zero));

        var content = DiscordAnswerRenderer.Render(Some.Answer(quote));

        Assert.EndsWith("\n— [Hackers \\[and\\] the vote](<https://news.example/macron?a=1>) · 2017-04-25", content);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    [InlineData("ftp://files.example/a")]
    [InlineData("https://trusted.example@elsewhere.example/story")]
    public void Render_UnusableUrl_ShowsTheTitleWithoutALink(string url)
    {
        var content = DiscordAnswerRenderer.Render(Some.Answer(Some.Quote("Text.", title: "Plain title", url: url)));

        Assert.EndsWith("\n— Plain title", content);
    }

    [Fact]
    public void Render_UrlWithParentheses_CannotEndTheLinkEarly()
    {
        var content = DiscordAnswerRenderer.Render(Some.Answer(Some.Quote("Text.", title: "T", url: "https://en.example/wiki/A_(b)")));

        Assert.EndsWith("[T](<https://en.example/wiki/A_%28b%29>)", content);
    }

    [Theory]
    [InlineData(false, true, "> The council approved the budget, after a long debate…")]
    [InlineData(true, false, "> …after a long debate, the council approved the budget.")]
    public void Render_QuoteCutFromALongSentence_ShowsAnEllipsisWhereItWasCut(bool startsMid, bool endsMid, string expected)
    {
        var text = startsMid ? "after a long debate, the council approved the budget." : "The council approved the budget, after a long debate";
        var quote = Some.Quote(text) with { StartsMidSentence = startsMid, EndsMidSentence = endsMid };

        var content = DiscordAnswerRenderer.Render(Some.Answer(quote));

        Assert.StartsWith(expected + "\n", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UrlWithMentionSyntax_CarriesNoAtSign()
    {
        var content = DiscordAnswerRenderer.Render(Some.Answer(Some.Quote("Text.", title: "T", url: "https://news.example/@everyone/@here?x=<@123>")));

        Assert.EndsWith("[T](<https://news.example/%40everyone/%40here?x=%3C%40123%3E>)", content);
        Assert.DoesNotContain('@', content);
    }

    [Fact]
    public void Render_ArticleTextWithMarkdown_IsEscaped()
    {
        var quote = Some.Quote("Use *stars* and _under_ ~~strike~~ ||spoiler|| `code` [link](https://x.test).\n# Heading\n- item\n1. first\n> quoted");

        var content = DiscordAnswerRenderer.Render(Some.Answer(quote));

        Assert.Contains(@"Use \*stars\* and \_under\_ \~\~strike\~\~ \|\|spoiler\|\| \`code\` \[link\](https://x.test).", content, StringComparison.Ordinal);
        Assert.Contains("\n> \\# Heading\n> \\- item\n> 1\\. first\n> \\> quoted", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MentionsInArticleText_PingNobody()
    {
        var quote = Some.Quote("Attention @everyone and @here: <@123456789012345678> met <@!123456789012345678>, <@&223456789012345678> in <#323456789012345678>.",
            title: "@everyone <@123456789012345678>");

        var content = DiscordAnswerRenderer.Render(Some.Answer(quote));

        MarkdownAssert.PingsNobody(content);
        Assert.Contains("everyone", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_VeryLongAnswer_FitsInOneMessageWithWholeSentences()
    {
        var quotes = Enumerable.Range(0, 3).Select(i => Some.Quote(Some.Sentences(30, 120, word: $"topic{i}"), highlighted: [$"topic{i}"])).ToArray();

        var content = DiscordAnswerRenderer.Render(Some.Answer(quotes));

        MarkdownAssert.FitsInOneMessage(content);
        MarkdownAssert.BoldIsBalancedOnEveryLine(content);
        Assert.Contains("**topic0**", content, StringComparison.Ordinal);
        // Every shown sentence is whole: each quoted line ends with a full stop, then the ellipsis that marks the cut.
        foreach (var line in content.Split('\n').Where(l => l.StartsWith("> ", StringComparison.Ordinal)))
        {
            Assert.Matches(@"\.(…)?$", line);
        }
    }

    [Fact]
    public void Render_OneHugeSentence_IsCutAtAWordAndMarked()
    {
        var words = string.Join(' ', Enumerable.Range(0, 1500).Select(i => $"word{i}"));
        var quote = Some.Quote(words + " keyword " + words + ".", highlighted: ["keyword"]);

        var content = DiscordAnswerRenderer.Render(Some.Answer(quote));

        MarkdownAssert.FitsInOneMessage(content);
        Assert.Contains("**keyword**", content, StringComparison.Ordinal);
        var quoted = content.Split('\n')[0];
        Assert.Matches(@"^> …word\d+ .* word\d+…$", quoted);
    }

    [Fact]
    public void Render_LongSymbolHeavyText_StillFits()
    {
        var quote = Some.Quote(string.Join(' ', Enumerable.Repeat("*_*_*_*_ ~~||``", 400)) + ".");

        var content = DiscordAnswerRenderer.Render(Some.Answer(quote));

        MarkdownAssert.FitsInOneMessage(content);
        MarkdownAssert.BoldIsBalancedOnEveryLine(content);
    }

    [Fact]
    public void Render_TooManyLongQuotes_DropsQuotesAndSaysSo()
    {
        var quotes = Enumerable.Range(0, 10).Select(i => Some.Quote(Some.Sentences(1, 900, word: $"w{i}"))).ToArray();

        var content = DiscordAnswerRenderer.Render(Some.Answer(quotes));

        MarkdownAssert.FitsInOneMessage(content);
        Assert.Matches(@"_\d+ more quotes left out to fit Discord's message limit\._$", content);
    }

    [Fact]
    public void Render_NoAnswer_SaysSoAndOffersTheClosestTitles()
    {
        var content = DiscordAnswerRenderer.Render(Some.NoAnswer("Macron hacked", "*Bold* title"));

        Assert.Equal("The articles don't cover that. The closest articles are:\n- Macron hacked\n- \\*Bold\\* title", content);
    }

    [Fact]
    public void Render_NoAnswerWithoutRelatedTitles_IsOneLine() =>
        Assert.Equal(DiscordAnswerRenderer.NoAnswerMessage, DiscordAnswerRenderer.Render(Some.NoAnswer()));

    [Fact]
    public void Render_Notes_AreItalic()
    {
        var answer = Some.NoAnswer() with { Notes = ["The question was shortened to 1000 characters"] };

        Assert.StartsWith("_The question was shortened to 1000 characters_\n", DiscordAnswerRenderer.Render(answer));
    }

    [Fact]
    public void AskHint_IsOneLine() =>
        Assert.DoesNotContain('\n', DiscordAnswerRenderer.AskHint("News`Bot"));
}
