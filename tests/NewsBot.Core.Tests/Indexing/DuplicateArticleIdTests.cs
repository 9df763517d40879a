using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Indexing;

/// <summary>Two source folders holding an article with the same id: the source listed first wins, whichever file is read first.</summary>
public sealed class DuplicateArticleIdTests
{
    private const string Question = "Where does the lighthouse on Stroma stand?";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RebuildAsync_SameIdInTwoFolders_KeepsTheOneFromTheSourceListedFirst(bool firstFileIsHeld)
    {
        // "articles-later" sorts before "articles/": the listed order, not the path order, must decide.
        var second = "";
        using var index = new TestIndex(options => options.Sources.Add(second = options.Sources[0] + "-later"));
        Directory.CreateDirectory(second);
        var first = Path.Combine(index.SourceFolder, "stroma.txt");
        var later = Path.Combine(second, "stroma.txt");
        File.WriteAllText(first, "Stroma light\n\nThe lighthouse on Stroma is painted white and stands on the island's northern tip.");
        File.WriteAllText(later, "Stroma light again\n\nThe lighthouse on Stroma is painted bright orange these days, say its keepers, and its lamp was renewed.");
        index.WithArticle("orkney", "Orkney ferries", "Ferries to Orkney sail from Scrabster and Gills Bay every day.");

        // Whichever copy is held back is written second: the rule must not depend on it.
        index.Source.Hold = firstFileIsHeld ? (first, later) : (later, first);
        var report = await index.BuildAsync();

        Assert.Equal(2, report.Articles);
        var duplicate = Assert.Single(report.Skipped);
        Assert.Equal(later, duplicate.Path);
        Assert.Equal($"article id 'stroma' was already read from {first}", duplicate.Reason);

        var snapshot = index.Index.AcquireSnapshot()!;
        try
        {
            var kept = snapshot.FindById("stroma")!;
            Assert.Equal("Stroma light", kept.Title);
            Assert.Equal(2, snapshot.ArticleCount);
        }
        finally
        {
            snapshot.Release();
        }

        var answer = index.Answerer.Ask(Question);
        Assert.Contains("painted white", Assert.Single(answer.Quotes).Text, StringComparison.Ordinal);
    }
}
