using NewsBot.Bot.Rendering;
using NewsBot.Core.Catalog;

namespace NewsBot.Tests.Bot.Rendering;

public sealed class ListPageRendererTests
{
    [Fact]
    public void Search_FirstOfSeveralPages_DisablesPreviousOnly()
    {
        var message = ListPageRenderer.Search("macron", Hits(0, 5, total: 12), 1);

        var buttons = message.Components![0].Components;
        Assert.True(buttons[0].Disabled);
        Assert.False(buttons[1].Disabled);
        Assert.Equal("search:2:q:macron", buttons[1].CustomId);
        Assert.StartsWith("Search: macron\nPage 1 of 3 · 12 articles\n\n**1.** ", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_LastPage_DisablesNext()
    {
        var buttons = ListPageRenderer.Search("macron", Hits(10, 2, total: 12), 3).Components![0].Components;

        Assert.False(buttons[0].Disabled);
        Assert.True(buttons[1].Disabled);
    }

    [Fact]
    public void Search_HugeUrlsAndSnippets_StillFitsTheLimit()
    {
        var longUrl = "https://news.example/" + new string('a', 480);
        var hits = Enumerable.Range(0, 5).Select(i => new SearchHit(
            new ArticleSummary($"id{i}", new string('T', 200), longUrl, null, null, ""), string.Join(' ', Enumerable.Repeat("snippet words", 100)), 1)).ToList();

        var message = ListPageRenderer.Search("q", new ResultPage<SearchHit>(hits, 0, 5), 1);

        Assert.True(message.Content!.Length <= DiscordAnswerRenderer.MaxLength);
        Assert.Equal(5, message.Content.Split("**", StringSplitOptions.None).Length / 2);
    }

    [Fact]
    public void Search_NoResults_HasNoButtons()
    {
        var message = ListPageRenderer.Search("zzz", new ResultPage<SearchHit>([], 0, 0), 1);

        Assert.Null(message.Components);
        Assert.Contains("No articles match", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_SinglePage_DisablesBothButtons()
    {
        var articles = new ResultPage<ArticleSummary>([new ArticleSummary("a", "Only", null, null, null, "")], 0, 1);

        var message = ListPageRenderer.Sources(articles, 1);

        Assert.All(message.Components![0].Components, b => Assert.True(b.Disabled));
        Assert.Equal(["sources:0", "sources:2"], message.Components[0].Components.Select(b => b.CustomId!));
        Assert.StartsWith("1 article indexed · page 1 of 1\n**1.** Only", message.Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 12, 1)]
    [InlineData(9, 12, 3)]
    [InlineData(2, 0, 1)]
    public void ClampPage_OutOfRange_LandsOnAnExistingPage(int page, int total, int expected) =>
        Assert.Equal(expected, ListPageRenderer.ClampPage(page, total, ListPageRenderer.SearchPageSize));

    private static ResultPage<SearchHit> Hits(int offset, int count, int total) =>
        new([.. Enumerable.Range(offset, count).Select(i => new SearchHit(new ArticleSummary($"id{i}", $"Title {i}", null, null, null, ""), $"Snippet {i}.", 1))], offset, total);

}
