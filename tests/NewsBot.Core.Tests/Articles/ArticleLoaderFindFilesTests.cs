using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Articles;

public sealed class ArticleLoaderFindFilesTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ArticleLoader _loader = new(new ArticleLoaderOptions());

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void FindFiles_NestedFolders_ReturnsSupportedFilesRecursivelyInOrdinalOrder()
    {
        foreach (var name in new[] { "b.md", "a.TXT", "sub/z.html", "sub/deeper/c.jsonl", "B.json", "x.htm", "y.markdown", "notes.docx", "image.png" })
        {
            _folder.Write(name, "content");
        }

        var files = _loader.FindFiles([_folder.Path]);

        var relative = files.Select(f => Path.GetRelativePath(_folder.Path, f).Replace('\\', '/')).ToList();
        Assert.Equal(["B.json", "a.TXT", "b.md", "sub/deeper/c.jsonl", "sub/z.html", "x.htm", "y.markdown"], relative);
    }

    [Fact]
    public void FindFiles_LinksBackUpTheTree_EndsAndFollowsOtherLinkedFolders()
    {
        _folder.Write("news/a/story.md", "content");
        _folder.Write("elsewhere/linked.md", "content");
        // Two links to folders above them: a walk that follows links naively never ends (and doubles per level).
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "news", "a", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "news", "a", "up2"), "../..");
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "news", "more"), Path.Combine(_folder.Path, "elsewhere"));

        var files = _loader.FindFiles([Path.Combine(_folder.Path, "news")]);

        var relative = files.Select(f => Path.GetRelativePath(_folder.Path, f).Replace('\\', '/')).ToList();
        Assert.Equal(2, relative.Count);
        Assert.Contains("news/a/story.md", relative);
        Assert.Contains(relative, f => f.EndsWith("/linked.md", StringComparison.Ordinal));
    }

    [Fact]
    public void FindFiles_SeveralSources_ListsThemInConfiguredOrderAndEachFileOnce()
    {
        foreach (var name in new[] { "a/one.md", "z/two.md", "z/inner/three.md" })
        {
            _folder.Write(name, "content");
        }

        // "z" is listed first, and its subfolder is listed again after "a": it keeps its place, once.
        var files = _loader.FindFiles([Path.Combine(_folder.Path, "z"), Path.Combine(_folder.Path, "a"), Path.Combine(_folder.Path, "z", "inner")]);

        var relative = files.Select(f => Path.GetRelativePath(_folder.Path, f).Replace('\\', '/')).ToList();
        Assert.Equal(["z/inner/three.md", "z/two.md", "a/one.md"], relative);
    }

    [Fact]
    public void FindFiles_MissingFolder_ReturnsWhatExistsAndMissingSourcesNamesIt()
    {
        _folder.Write("one.md", "# One\n\nText.");
        var missing = Path.Combine(_folder.Path, "nowhere");

        var files = _loader.FindFiles([missing, _folder.Path, _folder.Path]);
        var skipped = ArticleLoader.FindMissingSources([missing, _folder.Path]);

        Assert.Equal([Path.Combine(_folder.Path, "one.md")], files);
        var report = Assert.Single(skipped);
        Assert.Equal(missing, report.Path);
        Assert.Equal("folder not found", report.Reason);
    }
}
