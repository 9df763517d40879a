using NewsBot.Core.Catalog;
using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Catalog;

public sealed class ArticleCatalogTests : IAsyncLifetime
{
    private readonly TestIndex _index = new();
    private ArticleCatalog _catalog = null!;

    public async Task InitializeAsync()
    {
        _index.WithSeed()
            .WithArticle("apples", "Apple harvest breaks records", "Orchards in Kent picked more apples than ever. Cider makers are pleased.")
            .WithArticle("bananas", "Banana prices fall", "Banana prices fell for a third month. Importers blame a glut of apples and bananas.")
            .WithArticle("cafe", "Café owners in Lyon fight rent rises", "Owners of cafés in Lyon marched on Tuesday against rent rises.")
            .WithArticle("cherries", "Cherry blossom arrives early", "Cherry trees in Kyoto bloomed a week early. Tourists crowded the parks.")
            .WithArticle("durians", "Durian fans defend the smelly fruit", new string('x', 10) + " " + string.Join(' ', Enumerable.Repeat("padding words here", 30)) + " durian lovers gathered in Singapore. More text follows.");
        await _index.BuildAsync();
        _catalog = new ArticleCatalog(_index.Index);
    }

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Search_Keyword_GroupsPassagesByArticleAndCountsThem()
    {
        var page = _catalog.Search("apples", 0, 10);

        Assert.Equal(2, page.Total);
        Assert.Equal(["apples", "bananas"], page.Items.Select(hit => hit.Article.Id).Order());
        Assert.All(page.Items, hit => Assert.Contains("apples", hit.Snippet, StringComparison.Ordinal));
    }

    [Fact]
    public void Search_Paging_ReturnsTheRequestedSliceWithTheTotal()
    {
        var all = _catalog.Search("apples bananas cherry", 0, 10);
        var second = _catalog.Search("apples bananas cherry", 1, 1);

        Assert.Equal(3, all.Total);
        Assert.Equal(3, second.Total);
        Assert.Equal(1, second.Offset);
        Assert.Equal(all.Items[1].Article.Id, Assert.Single(second.Items).Article.Id);
        Assert.Empty(_catalog.Search("apples", 5, 10).Items);
    }

    [Fact]
    public void Search_LongPassage_SnippetIsExactTextOnWordBoundariesAroundTheMatch()
    {
        var hit = Assert.Single(_catalog.Search("durian lovers", 0, 10).Items);

        Assert.True(hit.Snippet.Length <= SnippetBuilder.MaxLength);
        Assert.Contains("durian lovers", hit.Snippet, StringComparison.Ordinal);
        var text = File.ReadAllText(Path.Combine(_index.SourceFolder, "durians.txt"));
        var at = text.IndexOf(hit.Snippet, StringComparison.Ordinal);
        Assert.True(at > 0);
        Assert.True(char.IsWhiteSpace(text[at - 1]));
        Assert.True(char.IsWhiteSpace(text[at + hit.Snippet.Length]) || !char.IsLetter(text[at + hit.Snippet.Length - 1]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("AND")]
    [InlineData("title:foo (\" * ? \\")]
    public void Search_NothingSearchable_ReturnsAnEmptyPage(string terms)
    {
        var page = _catalog.Search(terms, 0, 10);

        Assert.Equal(0, page.Total);
        Assert.Empty(page.Items);
    }

    [Theory]
    [InlineData("bananas", "bananas")]
    [InlineData("banana prices fall", "bananas")]
    [InlineData("BANANA PRICES FALL", "bananas")]
    [InlineData("cherry blossom", "cherries")]
    [InlineData("Russia French election hack", TestIndex.SeedId)]
    public void FindArticle_IdExactTitleOrBestTitleMatch_FindsIt(string typed, string expectedId)
    {
        Assert.Equal(expectedId, _catalog.FindArticle(typed)?.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("quantum chromodynamics")]
    public void FindArticle_NoMatch_ReturnsNull(string typed)
    {
        Assert.Null(_catalog.FindArticle(typed));
    }

    [Fact]
    public void FindArticle_Summary_CarriesMetadataAndFirstParagraph()
    {
        var summary = _catalog.FindArticle("cherries")!;

        Assert.Equal("Cherry blossom arrives early", summary.Title);
        Assert.Equal("https://example.test/cherries", summary.Url);
        Assert.Equal("Test Author", summary.Author);
        Assert.StartsWith("Cherry trees in Kyoto", summary.FirstParagraph, StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestTitles_PrefixFirstThenWordMatches()
    {
        var titles = _catalog.SuggestTitles("ba", 10).Select(s => s.Title).ToList();

        Assert.Equal("Banana prices fall", titles[0]);
        Assert.Equal(["Banana prices fall"], titles);
        Assert.Equal(["Durian fans defend the smelly fruit"], _catalog.SuggestTitles("smelly fru", 10).Select(s => s.Title));
        Assert.Equal(["Apple harvest breaks records"], _catalog.SuggestTitles("rec har", 10).Select(s => s.Title));
    }

    [Fact]
    public void SuggestTitles_AccentsLeftOutOrTyped_StillMatch()
    {
        Assert.Equal(["Café owners in Lyon fight rent rises"], _catalog.SuggestTitles("cafe own", 10).Select(s => s.Title));
        Assert.Equal(["Café owners in Lyon fight rent rises"], _catalog.SuggestTitles("lyon cafe", 10).Select(s => s.Title));
        Assert.Equal(["Cherry blossom arrives early"], _catalog.SuggestTitles("chérry", 10).Select(s => s.Title));
    }

    [Fact]
    public void FindArticle_TitleWordsTypedWithoutAccents_FindsTheArticle()
    {
        Assert.Equal("cafe", _catalog.FindArticle("cafe owners lyon")?.Id);
    }

    [Fact]
    public void SuggestTitles_NothingTyped_ListsTheFirstTitlesUpToMax()
    {
        // Ordinal, case-insensitive order: "A c..." sorts before "Ap...".
        Assert.Equal(["A cybersecurity group thinks Russia is trying to hack the French election", "Apple harvest breaks records"],
            _catalog.SuggestTitles("", 2).Select(s => s.Title));
        Assert.Empty(_catalog.SuggestTitles("a", 0));
    }

    [Fact]
    public void ListArticles_Paging_TitleOrderWithTotal()
    {
        var first = _catalog.ListArticles(0, 3);
        var rest = _catalog.ListArticles(3, 10);

        Assert.Equal(6, first.Total);
        Assert.Equal(3, first.Items.Count);
        Assert.Equal(3, rest.Items.Count);
        var titles = first.Items.Concat(rest.Items).Select(s => s.Title).ToList();
        Assert.Equal(titles.Order(StringComparer.OrdinalIgnoreCase), titles);
        Assert.Empty(_catalog.ListArticles(-5, 0).Items);
    }
}
