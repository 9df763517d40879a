using NewsBot.Bot.Commands;
using NewsBot.Bot.Rendering;
using NewsBot.Core.Catalog;

namespace NewsBot.Tests.Bot.Commands;

public sealed class PageCustomIdTests
{
    [Theory]
    [InlineData("macron")]
    [InlineData("a:b:c with colons")]
    [InlineData("ünïcödé 😀 query")]
    public void ForSearch_ShortQuery_RoundTripsWithTheQueryInside(string query)
    {
        var id = PageCustomId.ForSearch(3, query);

        var parsed = PageCustomId.Parse(id);

        Assert.Equal(new PageCustomIdValue(PageCustomId.SearchKind, 3, query, null), parsed);
        Assert.True(id.Length <= 100);
    }

    [Fact]
    public void ForSearch_LongQuery_StoresAHashThatMatchesTheQueryReadBackFromTheMessage()
    {
        var query = string.Join(' ', Enumerable.Repeat("[election] *campaign* @everyone", 6));
        var results = new ResultPage<SearchHit>([new SearchHit(new ArticleSummary("a", "Title", null, null, null, "First."), "snippet", 1)], 0, 1);
        var message = ListPageRenderer.Search(query, results, 1);

        var id = PageCustomId.Parse(message.Components![0].Components[1].CustomId);

        Assert.NotNull(id);
        Assert.Null(id.Query);
        Assert.Equal(PageCustomId.Hash(ListPageRenderer.QueryFromContent(message.Content)!), id.QueryHash);
        Assert.True(message.Components[0].Components.All(b => b.CustomId!.Length <= 100));
    }

    [Fact]
    public void ForSources_RoundTrips() =>
        Assert.Equal(new PageCustomIdValue(PageCustomId.SourcesKind, 7, null, null), PageCustomId.Parse(PageCustomId.ForSources(7)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("other:1")]
    [InlineData("search:x:q:abc")]
    [InlineData("search:1:q:")]
    [InlineData("search:1:h:short")]
    [InlineData("sources:-1")]
    public void Parse_ForeignOrBrokenIds_ReturnsNull(string? id) => Assert.Null(PageCustomId.Parse(id));
}
