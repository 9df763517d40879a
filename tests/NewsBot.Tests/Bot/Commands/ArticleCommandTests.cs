using NewsBot.Bot.Commands;
using NewsBot.Core.Catalog;

namespace NewsBot.Tests.Bot.Commands;

public sealed class ArticleCommandTests
{
    [Fact]
    public void Choices_ManyLongTitles_AtMost25WithNamesWithin100AndIdsAsValues()
    {
        var catalog = new TitleCatalog([.. Enumerable.Range(0, 40).Select(i => new ArticleSummary($"id-{i}", $"Title {i}\nsecond line " + new string('x', 200), null, null, null, ""))]);

        var choices = ArticleCommand.Choices(catalog, "tit");

        Assert.Equal(25, choices.Count);
        Assert.All(choices, c => Assert.InRange(c.Name.Length, 1, 100));
        Assert.All(choices, c => Assert.DoesNotContain('\n', c.Name));
        Assert.Equal("id-0", choices[0].Value.GetString());
        Assert.StartsWith("Title 0 second line", choices[0].Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Choices_IdLongerThanDiscordAllows_IsLeftOut()
    {
        var catalog = new TitleCatalog([new ArticleSummary(new string('i', 101), "Too long an id", null, null, null, ""), new ArticleSummary("ok", "Fine", null, null, null, "")]);

        Assert.Equal(["ok"], ArticleCommand.Choices(catalog, "").Select(c => c.Value.GetString()));
    }

    /// <summary>A catalogue whose suggestions are a fixed list (the real matching is tested in Core).</summary>
    private sealed class TitleCatalog(IReadOnlyList<ArticleSummary> articles) : IArticleCatalog
    {
        public IReadOnlyList<ArticleSummary> SuggestTitles(string typed, int max) => [.. articles.Take(max)];

        public ResultPage<SearchHit> Search(string terms, int offset, int count) => throw new NotSupportedException();

        public ArticleSummary? FindArticle(string idOrTitle) => throw new NotSupportedException();

        public ResultPage<ArticleSummary> ListArticles(int offset, int count) => throw new NotSupportedException();
    }
}
