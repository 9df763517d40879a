using NewsBot.Core.Articles;
using NewsBot.Core.Benchmarking;

namespace NewsBot.Core.Tests.Benchmarking;

public sealed class ScaledArticleSourceTests
{
    [Fact]
    public void FindFiles_ScaleTwo_ListsCopyZeroInSlugOrderThenCopyOne()
    {
        using var corpus = new TinyCorpus();
        var source = new ScaledArticleSource(new ArticleLoader(new ArticleLoaderOptions()), 2);

        var names = source.FindFiles([corpus.CorpusFolder]).Select(Path.GetFileName).ToList();

        var sorted = TinyCorpus.Slugs.Order(StringComparer.Ordinal).ToList();
        Assert.Equal([.. sorted.Select(s => $"{s}~0.md"), .. sorted.Select(s => $"{s}~1.md")], names);
    }

    [Fact]
    public void Load_EveryCopy_HasTheCopyIdAndTheOriginalText()
    {
        using var corpus = new TinyCorpus();
        var loader = new ArticleLoader(new ArticleLoaderOptions());
        var source = new ScaledArticleSource(loader, 3);

        var articles = source.FindFiles([corpus.CorpusFolder]).SelectMany(file => source.Load(file).Articles).ToList();

        Assert.Equal(15, articles.Count);
        Assert.Equal(15, articles.Select(a => a.Id).Distinct().Count());
        var original = loader.Load(Path.Combine(corpus.CorpusFolder, "city-wins-cup.md")).Articles.Single();
        foreach (var copy in new[] { 0, 1, 2 })
        {
            var article = articles.Single(a => a.Id == $"city-wins-cup~{copy}");
            Assert.Equal(original.Text, article.Text);
            Assert.Equal(original.Title, article.Title);
            Assert.Equal(original.Sentences, article.Sentences);
        }
    }

    [Theory]
    [InlineData("city-wins-cup.md")]
    [InlineData("city-wins-cup~5.md")]
    [InlineData("city-wins-cup~x.md")]
    public void Load_PathThatIsNotACopy_IsSkippedWithAReason(string name)
    {
        using var corpus = new TinyCorpus();
        var source = new ScaledArticleSource(new ArticleLoader(new ArticleLoaderOptions()), 2);

        var result = source.Load(Path.Combine(corpus.CorpusFolder, name));

        Assert.Empty(result.Articles);
        Assert.Contains("not a copy", Assert.Single(result.Skipped).Reason, StringComparison.Ordinal);
    }
}
