using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Articles;

// A news page pasted as text, written in the shape of real BBC/Vox pages (header navigation, share widgets,
// byline, image credits and captions, a related-topics trailer). Expectations are the article as a reader sees it.
public sealed class ArticleLoaderPastedPageTests : IDisposable
{
    private const string Page = """
        Skip to main content
        Home News Sport Weather
        Menu
        Search

        Flood defences fail as river bursts banks

        By Jane Smith
        BBC News

        Published 4 May 2024

        Share
        Share this with
        Email
        Facebook

        Image source, Getty Images
        Image caption, Residents were evacuated from their homes on Sunday

        Hundreds of homes were flooded after the River Ouse burst its banks on Sunday.

        Advertisement

        The Environment Agency said defences had been "overwhelmed".

        (Photo by John Doe/PA Images via Getty Images)

        Ewood Park

        Related Topics
        Flooding
        York

        More on this story
        Story continues below advertisement
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_PastedPage_KeepsOnlyTheArticle()
    {
        var path = _folder.Write("page.txt", Page);

        var article = Assert.Single(new ArticleLoader(new ArticleLoaderOptions()).Load(path).Articles);

        Assert.Equal("Flood defences fail as river bursts banks", article.Title);
        Assert.Equal("Jane Smith", article.Author);
        Assert.Equal(new DateTimeOffset(2024, 5, 4, 0, 0, 0, TimeSpan.Zero), article.Date);
        Assert.Equal(
            "Hundreds of homes were flooded after the River Ouse burst its banks on Sunday.\n\n"
            + "The Environment Agency said defences had been \"overwhelmed\".\n\nEwood Park",
            article.Text);
    }
}
