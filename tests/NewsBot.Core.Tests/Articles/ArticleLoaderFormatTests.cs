using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Articles;

public sealed class ArticleLoaderFormatTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ArticleLoader _loader = new(new ArticleLoaderOptions());

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_PlainText_FirstHeadlineLineIsTitleAndBlocksAreParagraphs()
    {
        var path = _folder.Write("plain.txt", "Menu Share\n\nCouncil approves new bridge\r\n\r\nThe council voted 7-2 on Tuesday.\r\nWork starts in May.\r\n\r\n\r\nCosts are $12.5 million.\n");

        var article = LoadSingle(path);

        Assert.Equal("Council approves new bridge", article.Title);
        Assert.Equal("The council voted 7-2 on Tuesday.\nWork starts in May.\n\nCosts are $12.5 million.", article.Text);
        Assert.Equal([new TextSpan(0, 53), new TextSpan(55, 79)], article.Paragraphs);
        Assert.Equal(["The council voted 7-2 on Tuesday.", "Work starts in May.", "Costs are $12.5 million."], Sentences(article));
        Assert.Equal("plain", article.Id);
    }

    [Fact]
    public void Load_PlainTextWithoutHeadline_KeepsWholeBodyAndDerivesTitle()
    {
        var path = _folder.Write("body.txt", "The council voted on Tuesday to approve the new bridge over the river after a long and heated debate.\n\nWork starts in May.");

        var article = LoadSingle(path);

        Assert.StartsWith("The council voted on Tuesday", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("…", article.Title, StringComparison.Ordinal);
        Assert.True(article.Title.Length <= 81);
        Assert.StartsWith("The council voted", article.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MarkdownInDataSetFormat_HeadingIsTitleNotBody()
    {
        var path = _folder.Write("some-slug~3.md", "# &#163;1.8m fine for Viacom\n\nFirst paragraph here.\n\nSecond paragraph\nruns over two lines.\n");

        var article = LoadSingle(path);

        Assert.Equal("some-slug~3", article.Id);
        Assert.Equal("£1.8m fine for Viacom", article.Title);
        Assert.Equal("First paragraph here.\n\nSecond paragraph\nruns over two lines.", article.Text);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Load_MarkdownWithFrontMatter_ReadsMetadataAndStripsMarkup()
    {
        var path = _folder.Write("fm.markdown", """
            ---
            title: "Budget: what it means"
            url: https://example.com/budget
            date: 2005-03-16T12:00:00Z
            author: Jane Doe
            ---
            # Budget heading

            ## The main points

            Chancellor Gordon Brown set out his plans.

            - Increase in the stamp duty threshold
            - A freeze on petrol duty
            continued on the next line

            > "It is a budget for families," he said.
            """);

        var article = LoadSingle(path);

        Assert.Equal("Budget: what it means", article.Title);
        Assert.Equal("https://example.com/budget", article.Url);
        Assert.Equal(new DateTimeOffset(2005, 3, 16, 12, 0, 0, TimeSpan.Zero), article.Date);
        Assert.Equal("Jane Doe", article.Author);
        Assert.Equal(
            "The main points\n\nChancellor Gordon Brown set out his plans.\n\nIncrease in the stamp duty threshold\n\nA freeze on petrol duty\ncontinued on the next line\n\n\"It is a budget for families,\" he said.",
            article.Text);
    }

    [Fact]
    public void Load_MarkdownOpeningRuleWithoutClosing_IsReadAsMarkdownNotFrontMatter()
    {
        var path = _folder.Write("rule.md", "---\n\nBudget day\n\nThe chancellor spoke.");

        var article = LoadSingle(path);

        Assert.Equal("Budget day", article.Title);
        Assert.Equal("The chancellor spoke.", article.Text);
    }

    [Fact]
    public void Load_Html_TakesArticleTextAndMetadataAndDropsPageFurniture()
    {
        var path = _folder.Write("page.html", """
            <!doctype html><html><head>
            <title>Mayor resigns after audit | Example News</title>
            <link rel="canonical" href="https://news.example/mayor">
            <meta name="author" content="Sam Reporter">
            <meta property="article:published_time" content="2024-05-01T08:30:00+02:00">
            <script>var tracking = "do not index";</script><style>p { color: red }</style>
            </head><body>
            <header><nav><a href="/">Home</a> <a href="/world">World news menu</a></nav></header>
            <div class="share-bar">Share on Facebook</div>
            <article>
              <h1>Mayor resigns after audit</h1>
              <figure><img src="x.jpg"><figcaption>The mayor in 2020. Photo: J. Doe/Reuters</figcaption></figure>
              <p>The mayor   resigned on Monday &amp; left office
                 at once.</p>
              <p>Getty Images</p>
              <h2>What happens next</h2>
              <ul><li>An election in &#8220;June&#8221;.</li></ul>
              <blockquote><p>It was time to go.</p></blockquote>
              <aside>Related: other mayors</aside>
            </article>
            <footer><p>Copyright Example News, all rights reserved.</p></footer>
            <form><p>Sign up for our newsletter</p></form>
            </body></html>
            """);

        var article = LoadSingle(path);

        Assert.Equal("Mayor resigns after audit", article.Title);
        Assert.Equal("https://news.example/mayor", article.Url);
        Assert.Equal("Sam Reporter", article.Author);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 8, 30, 0, TimeSpan.FromHours(2)), article.Date);
        Assert.Equal("The mayor resigned on Monday & left office at once.\n\nWhat happens next\n\nAn election in “June”.\n\nIt was time to go.", article.Text);
    }

    [Fact]
    public void Load_HtmlWithoutArticleElement_UsesDensestParagraphsAndCleansTitleSuffix()
    {
        var path = _folder.Write("plain.htm", """
            <html><head><title>Storm hits coast - Daily Paper</title></head><body>
            <div id="menu"><p>Home</p><p>Sport</p></div>
            <div class="content"><p>A storm hit the coast overnight, cutting power to thousands of homes.</p>
            <p>Crews worked through the night.</p></div>
            <div class="footer-links"><p>Contact us</p></div>
            </body></html>
            """);

        var article = LoadSingle(path);

        Assert.Equal("Storm hits coast", article.Title);
        Assert.Equal("A storm hit the coast overnight, cutting power to thousands of homes.\n\nCrews worked through the night.", article.Text);
    }

    [Fact]
    public void Load_HtmlWrappingEachParagraphInItsOwnDiv_KeepsEveryParagraph()
    {
        // Each <p>'s parent holds one paragraph: the content root must be the element holding them all, not one of them.
        var path = _folder.Write("wrapped.html", """
            <html><head><title>Harbour dredged</title></head><body>
            <div class="story">
            <div class="para"><p>The harbour was dredged in March after years of silting.</p></div>
            <div class="para"><p>Fishing boats had run aground twice at low tide.</p></div>
            <div class="para"><p>The port authority paid for the dredging in the end.</p></div>
            </div>
            </body></html>
            """);

        var article = LoadSingle(path);

        Assert.Equal("The harbour was dredged in March after years of silting.\n\nFishing boats had run aground twice at low tide.\n\nThe port authority paid for the dredging in the end.", article.Text);
    }

    [Fact]
    public void Load_HtmlWithTeaserArticles_PicksTheLongestArticleAndFallbackMetadata()
    {
        var path = _folder.Write("teasers.html", """
            <html><head><meta property="og:url" content="https://news.example/main">
            <meta property="og:title" content="Main story headline — Example"></head><body>
            <article><p>Teaser one.</p></article>
            <article>
              <time datetime="2023-11-02T10:00:00Z">2 Nov</time>
              <p>The main story has the most paragraph text on the page by far.</p>
              <p aria-hidden="true">Hidden duplicate for screen readers.</p>
              <div hidden><p>Hidden block.</p></div>
              <p>It continues here.</p>
              <div class="social-share"><p>Share this</p></div>
            </article>
            <article><p>Teaser two.</p></article>
            </body></html>
            """);

        var article = LoadSingle(path);

        Assert.Equal("Main story headline", article.Title);
        Assert.Equal("https://news.example/main", article.Url);
        Assert.Equal(new DateTimeOffset(2023, 11, 2, 10, 0, 0, TimeSpan.Zero), article.Date);
        Assert.Equal("The main story has the most paragraph text on the page by far.\n\nIt continues here.", article.Text);
    }

    [Fact]
    public void Load_HtmlWithoutParagraphMarkup_UsesTextLines()
    {
        var path = _folder.Write("bare.html", "<html><body><h1>Flood warning</h1><div>Rivers rose overnight.<br>Roads are closed.</div><div>Advertisement</div></body></html>");

        var article = LoadSingle(path);

        Assert.Equal("Flood warning", article.Title);
        Assert.Equal("Rivers rose overnight.\n\nRoads are closed.", article.Text);
    }

    [Fact]
    public void Load_MarkdownInlineMarkup_KeepsWhatAReaderWouldQuote()
    {
        var path = _folder.Write("inline.md", "# Links\n\n![chart](c.png) The **central bank** cut rates, [the report](https://x.example \"r\") says. A *star* stays.");

        var article = LoadSingle(path);

        Assert.Equal("The central bank cut rates, the report says. A *star* stays.", article.Text);
    }

    [Fact]
    public void Load_JsonArray_EachObjectIsAnArticleWithIdsAndFields()
    {
        var path = _folder.Write("feed.json", """
            [
              {"id": "a-1", "title": "First", "text": "Para one.\n\nPara two.", "url": "https://x.example/1", "date": "2017-04-25", "author": "Ann"},
              {"title": "Second", "body": ["Body one.", "Body two."], "date": "April 26, 2017"},
              {"title": "No text here"},
              {"headline": "Third", "content": "Line one.\nLine two."}
            ]
            """);

        var result = _loader.Load(path);

        Assert.Equal(["a-1", "feed#2", "feed#4"], result.Articles.Select(a => a.Id));
        Assert.Equal("Para one.\n\nPara two.", result.Articles[0].Text);
        Assert.Equal(new DateTimeOffset(2017, 4, 25, 0, 0, 0, TimeSpan.Zero), result.Articles[0].Date);
        Assert.Equal("https://x.example/1", result.Articles[0].Url);
        Assert.Equal("Ann", result.Articles[0].Author);
        Assert.Equal("Body one.\n\nBody two.", result.Articles[1].Text);
        Assert.Equal(new DateTimeOffset(2017, 4, 26, 0, 0, 0, TimeSpan.Zero), result.Articles[1].Date);
        Assert.Equal("Third", result.Articles[2].Title);
        Assert.Equal(2, result.Articles[2].Paragraphs.Count);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("item 3 has no text (expected a non-empty 'text', 'body' or 'content' field)", skipped.Reason);
    }

    [Fact]
    public void Load_JsonSingleObject_IdIsFileName()
    {
        var path = _folder.Write("one.json", """{"title": "Solo", "text": "Only article."}""");

        var article = LoadSingle(path);

        Assert.Equal("one", article.Id);
        Assert.Equal("Solo", article.Title);
    }

    [Fact]
    public void Load_JsonLinesWithOneBadLine_KeepsGoodLinesAndReportsTheBadOne()
    {
        var path = _folder.Write("feed.jsonl", "{\"title\": \"A\", \"text\": \"Alpha.\"}\n{\"title\": \"B\", \"text\": \"Beta.\"\n\n{\"title\": \"C\", \"text\": \"Gamma.\"}\n");

        var result = _loader.Load(path);

        Assert.Equal(["feed#1", "feed#4"], result.Articles.Select(a => a.Id));
        Assert.Equal(["Alpha.", "Gamma."], result.Articles.Select(a => a.Text));
        var skipped = Assert.Single(result.Skipped);
        Assert.StartsWith("malformed JSON at line 2: ", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(path, skipped.Path);
    }

    [Fact]
    public void Load_JsonLinesWithRepeatedId_KeepsTheFirstAndReportsTheSecond()
    {
        var path = _folder.Write("dupes.jsonl", "{\"id\": \"x\", \"text\": \"First.\"}\n{\"id\": \"x\", \"text\": \"Second.\"}\n");

        var result = _loader.Load(path);

        Assert.Equal("First.", Assert.Single(result.Articles).Text);
        Assert.Equal("duplicate id 'x': an earlier record in this file has it", Assert.Single(result.Skipped).Reason);
    }

    private Article LoadSingle(string path)
    {
        var result = _loader.Load(path);
        Assert.Empty(result.Skipped);
        var article = Assert.Single(result.Articles);
        Assert.Equal(path, article.SourcePath);
        Assert.Equal(string.Join("\n\n", article.Paragraphs.Select(p => article.Text[p.Start..p.End])), article.Text);
        return article;
    }

    private static List<string> Sentences(Article article) => article.Sentences.Select(s => article.Text[s.Start..s.End]).ToList();
}
