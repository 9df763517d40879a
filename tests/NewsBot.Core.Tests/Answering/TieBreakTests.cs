using NewsBot.Core.Indexing;
using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Answering;

/// <summary>
/// A story re-published under two ids scores the same in both copies. Which copy is quoted must follow the sources,
/// not the document numbers, which depend on which of the build's threads wrote first.
/// </summary>
public sealed class TieBreakTests
{
    private const string Story = "Keepers on Stroma painted the lighthouse white last spring, after a storm stripped the old paint.";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Ask_StoryPublishedTwice_QuotesTheCopyFirstInTheSourcesWhicheverWasWrittenFirst(bool firstCopyIsHeld)
    {
        using var index = new TestIndex()
            .WithArticle("copy-a", "Stroma lighthouse repainted", Story)
            .WithArticle("copy-b", "Stroma lighthouse repainted", Story)
            .WithArticle("orkney", "Orkney ferries", "Ferries to Orkney sail from Scrabster and Gills Bay every day.");
        var first = Path.Combine(index.SourceFolder, "copy-a.txt");
        var second = Path.Combine(index.SourceFolder, "copy-b.txt");
        index.Source.Hold = firstCopyIsHeld ? (first, second) : (second, first);
        await index.BuildAsync();

        var snapshot = index.Index.AcquireSnapshot()!;
        try
        {
            // The held copy was written second: the test only means something if the document order really differs.
            var aBeforeB = snapshot.FindById("copy-a")!.Index < snapshot.FindById("copy-b")!.Index;
            Assert.Equal(!firstCopyIsHeld, aBeforeB);
        }
        finally
        {
            snapshot.Release();
        }

        var answer = index.Answerer.Ask("What colour did the keepers paint the Stroma lighthouse?");

        Assert.Equal("copy-a", answer.Quotes[0].ArticleId);
        Assert.DoesNotContain(answer.Quotes, quote => quote.ArticleId == "copy-b");
    }

    [Fact]
    public void SourceOrder_FileThenArticleThenPassage()
    {
        long[] ordered =
        [
            SourceOrder.Of(0, 0, 0), SourceOrder.Of(0, 0, 7), SourceOrder.Of(0, 1, 0), SourceOrder.Of(0, 5_000_000, 0),
            SourceOrder.Of(1, 0, 0), SourceOrder.Of(2, 0, 3), SourceOrder.Of(9_000_000, 0, 0),
        ];

        Assert.Equal(ordered.Order(), ordered);
        Assert.Equal(ordered.Length, ordered.Distinct().Count());
        Assert.All(ordered, order => Assert.True(order >= 0));
    }
}
