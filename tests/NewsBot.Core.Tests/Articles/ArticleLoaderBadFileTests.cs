using System.Text;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Articles;

public sealed class ArticleLoaderBadFileTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ArticleLoader _loader = new(new ArticleLoaderOptions());

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_BinaryWithNulBytes_IsSkippedAsBinary()
    {
        var path = _folder.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);

        Assert.Equal("binary file (NUL byte at offset 4)", SkipReason(path));
    }

    [Fact]
    public void Load_ManyControlCharacters_IsSkippedAsBinary()
    {
        var path = _folder.WriteBytes("noise.txt", [.. Encoding.ASCII.GetBytes("abc"), 0x01, 0x02, 0x03, 0x1B, (byte)'d']);

        Assert.StartsWith("binary file (4 control characters", SkipReason(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HtmlNestedThousandsDeep_IsSkippedQuicklyWithReason()
    {
        // Walking such a page took 98 s at 2,000 levels (12 KB): the parser now stops at 200.
        var path = _folder.Write("nested.html", "<html><body><article>" + string.Concat(Enumerable.Repeat("<b><i>", 2000)) + "Text.</body></html>");

        Assert.Equal("elements nested more than 200 deep (a page that never closes its tags?)", SkipReason(path));
    }

    [Fact]
    public void Load_MarkdownLineThatMakesTheInlinePatternsBacktrack_IsSkippedWithReason()
    {
        // 160 KB of "**a " took 29 s, growing with the square of the line; the patterns now give up after 2 s.
        var path = _folder.Write("stars.md", "# Stars\n\n" + string.Concat(Enumerable.Repeat("**a ", 40_000)) + "\n");

        Assert.StartsWith("markup too tangled to read in time", SkipReason(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidUtf8_NamesTheByteAndOffset()
    {
        var path = _folder.WriteBytes("latin1.txt", [.. Encoding.ASCII.GetBytes("Hello world "), 0xFF, (byte)'x']);

        Assert.Equal("not valid UTF-8 (byte 0xFF at offset 12)", SkipReason(path));
    }

    [Fact]
    public void Load_Utf8WithBom_IsAccepted()
    {
        var path = _folder.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Headline\n\nBody text.")]);

        var article = Assert.Single(_loader.Load(path).Articles);
        Assert.Equal("Headline", article.Title);
        Assert.Equal("Body text.", article.Text);
    }

    [Fact]
    public void Load_Utf16WithBom_IsAccepted()
    {
        var path = _folder.WriteBytes("notepad.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Café owners\r\n\r\nThe café opened in 1902.")]);

        var article = Assert.Single(_loader.Load(path).Articles);
        Assert.Equal("Café owners", article.Title);
        Assert.Equal("The café opened in 1902.", article.Text);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")]
    public void Load_HtmlInADeclaredSingleByteCharset_IsDecodedWithIt(string meta)
    {
        // 0x93/0x94 are curly quotes and 0xE9 is "é" in windows-1252 (which browsers also use for an ISO-8859-1 label).
        byte[] body = [.. Encoding.ASCII.GetBytes("<p>The "), 0x93, .. Encoding.ASCII.GetBytes("caf"), 0xE9, 0x94, .. Encoding.ASCII.GetBytes(" on the square reopened on Monday after repairs.</p>")];
        var path = _folder.WriteBytes("page.html", [.. Encoding.ASCII.GetBytes($"<html><head>{meta}<title>Square news</title></head><body><article><h1>Square news</h1>"),
            .. body, .. Encoding.ASCII.GetBytes("</article></body></html>")]);

        var article = Assert.Single(_loader.Load(path).Articles);
        Assert.Equal("The \u201Ccafé\u201D on the square reopened on Monday after repairs.", article.Text);
    }

    [Fact]
    public void Load_HtmlNotUtf8WithoutADeclaredCharset_IsSkipped()
    {
        var path = _folder.WriteBytes("page.html", [.. Encoding.ASCII.GetBytes("<html><body><p>caf"), 0xE9, .. Encoding.ASCII.GetBytes("</p></body></html>")]);

        Assert.Equal("not valid UTF-8 (byte 0xE9 at offset 18)", SkipReason(path));
    }

    [Fact]
    public void Load_HtmlDeclaringAnUnknownCharset_IsSkippedNamingIt()
    {
        var path = _folder.WriteBytes("page.htm", [.. Encoding.ASCII.GetBytes("<meta charset='x-martian'><p>caf"), 0xE9, .. Encoding.ASCII.GetBytes("</p>")]);

        Assert.Equal("declares charset \"x-martian\", which is not supported", SkipReason(path));
    }

    [Theory]
    [InlineData("", "empty file")]
    [InlineData("  \n\t\r\n ", "empty file (whitespace only)")]
    [InlineData("clock menu more-arrow no yes mobile\n\nGetty Images\n", "no article text (only navigation or photo credits)")]
    public void Load_NothingToRead_IsSkippedWithReason(string content, string reason)
    {
        var path = _folder.Write("empty.txt", content);

        Assert.Equal(reason, SkipReason(path));
    }

    [UnixFact]
    public async Task Load_NamedPipeAmongArticles_IsSkippedWithoutWaitingForAWriter()
    {
        var pipe = Path.Combine(_folder.Path, "feed.md");
        Assert.Equal(0, MakeFifo(pipe, 0b110_100_100));

        // Opening a pipe for reading blocks until something writes to it: the load must finish without that.
        var load = Task.Run(() => _loader.Load(pipe));
        var finished = await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.Same(load, finished);
        Assert.Equal("empty file", Assert.Single((await load).Skipped).Reason);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, uint mode);

    [Fact]
    public void Load_OverSizeLimit_SaysSizeAndLimit()
    {
        var loader = new ArticleLoader(maxFileBytes: 10L * 1024 * 1024);
        var path = _folder.Write("big.txt", "Title\n\n" + new string('a', 12_897_485));

        var result = loader.Load(path);

        Assert.Empty(result.Articles);
        Assert.Equal("12.3 MB is over the 10 MB limit (NewsBot:MaxFileBytes)", Assert.Single(result.Skipped).Reason);
    }

    [Fact]
    public void Load_MalformedJson_SaysLine()
    {
        var path = _folder.Write("broken.json", "[\n  {\"title\": \"A\", \"text\": \"x\"},\n  {\"title\": oops}\n]");

        Assert.StartsWith("malformed JSON at line 3: ", SkipReason(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_JsonObjectWithoutText_IsSkipped()
    {
        var path = _folder.Write("notext.json", """{"title": "Only a title", "text": "   "}""");

        Assert.Equal("the file has no text (expected a non-empty 'text', 'body' or 'content' field)", SkipReason(path));
    }

    [Theory]
    [InlineData("[1, 2]", "item 1 is not a JSON object (it is a number)")]
    [InlineData("null", "the file is not a JSON object (it is null)")]
    [InlineData("\"just text\"", "the file is not a JSON object (it is a string)")]
    public void Load_JsonThatIsNotObjects_SaysWhatItIs(string json, string reason)
    {
        var path = _folder.Write("odd.json", json);

        Assert.Equal(reason, SkipReasons(path)[0]);
    }

    [Fact]
    public void Load_DeeplyNestedJson_IsSkippedWithoutInternalPositions()
    {
        var path = _folder.Write("deep.json", new string('[', 500) + new string(']', 500));

        var reason = SkipReason(path);

        Assert.StartsWith("malformed JSON at line 1: ", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedFrontMatter_IsSkippedWithLine()
    {
        var path = _folder.Write("bad.md", "---\ntitle: [unclosed\n---\n# T\n\nBody.");

        Assert.StartsWith("malformed YAML front matter at line", SkipReason(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PathThatCannotBeReadAsAFile_IsSkippedAsUnreadable()
    {
        // A directory named like an article: opening it really fails (even as root, unlike chmod 000).
        var path = Path.Combine(_folder.Path, "folder.txt");
        Directory.CreateDirectory(path);

        Assert.StartsWith("unreadable (", SkipReason(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_IsSkippedAsNotFound()
    {
        Assert.Equal("file not found", SkipReason(Path.Combine(_folder.Path, "gone.md")));
    }

    [Fact]
    public void Load_WithLogger_LogsTheSkipAndStillReturnsIt()
    {
        var logger = new ListLogger<ArticleLoader>();
        var loader = new ArticleLoader(new ArticleLoaderOptions(), logger);
        var path = _folder.Write("blank.md", "");

        var result = loader.Load(path);

        Assert.Equal("empty file", Assert.Single(result.Skipped).Reason);
        var entry = Assert.Single(logger.Entries, e => e.EventId.Id == 1002);
        Assert.Equal($"Skipped {path}: empty file", entry.Message);
    }

    private List<string> SkipReasons(string path)
    {
        var result = _loader.Load(path);
        Assert.Empty(result.Articles);
        return result.Skipped.Select(s => s.Reason).ToList();
    }

    private string SkipReason(string path)
    {
        var result = _loader.Load(path);
        Assert.Empty(result.Articles);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(Path.GetFullPath(path), skipped.Path);
        return skipped.Reason;
    }
}
