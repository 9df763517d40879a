using NewsBot.Tests.Support;

namespace NewsBot.Tests.Cli;

public sealed class IndexAndSearchCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Index_FolderWithBadFiles_IndexesTheGoodOnesAndListsEachSkippedFileWithItsReason()
    {
        var sources = _folder.Combine("articles");
        Directory.CreateDirectory(sources);
        await File.WriteAllTextAsync(Path.Combine(sources, "harbour.md"),
            "# Harbour bridge reopens\n\nThe harbour bridge reopened on Monday after repairs costing $12.5 million.\n\nTraffic was light.\n");
        await File.WriteAllBytesAsync(Path.Combine(sources, "photo.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0x00]);
        await File.WriteAllTextAsync(Path.Combine(sources, "broken.json"), "{\"title\": \"Half");

        var (exit, output, error) = await CliRun.RunAsync(_folder.Path, null,
            "index", "--source", "articles", "--index", _folder.Combine("index"));

        Assert.True(exit == 0, error);
        Assert.Contains("Indexed 1 article", output, StringComparison.Ordinal);
        Assert.Contains("skipped 2 files", output, StringComparison.Ordinal);
        Assert.Contains("photo.txt", output, StringComparison.Ordinal);
        Assert.Contains("broken.json", output, StringComparison.Ordinal);
        Assert.Contains("indexing:", error, StringComparison.Ordinal); // plain progress lines when redirected
    }

    [Fact]
    public async Task Index_MissingSourceFolder_FailsWithExitCodeOneAndSaysWhy()
    {
        var (exit, output, _) = await CliRun.RunAsync(_folder.Path, null,
            "index", "--source", "no-such-folder", "--index", _folder.Combine("index"));

        Assert.Equal(1, exit);
        Assert.Contains("Indexing failed", output, StringComparison.Ordinal);
        Assert.Contains("no-such-folder", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Terms_ListsTheMatchingArticleWithASnippet()
    {
        var (exit, output, error) = await CliRun.RunAsync(RepositoryPaths.Root, null,
            "search", "Fancy Bear", "--index", _folder.Combine("index"));

        Assert.True(exit == 0, error);
        Assert.Contains("1. A cybersecurity group thinks Russia is trying to hack the French election", output, StringComparison.Ordinal);
        Assert.Contains("Fancy Bear", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_PagePastTheEnd_SaysHowManyPagesThereAre()
    {
        var (exit, output, error) = await CliRun.RunAsync(RepositoryPaths.Root, null,
            "search", "Fancy Bear", "--top", "1", "--page", "2", "--index", _folder.Combine("index"));

        Assert.True(exit == 0, error);
        Assert.Equal("Page 2 is past the end: 1 article matches, 1 page of 1.", output.Trim());
    }

    [Fact]
    public async Task Search_TakesItsOwnTopRangeAndRejectsOptionsOfOtherVerbs()
    {
        // --top pages search results (up to 50); it is the number of quotes (up to 10) only for ask and chat.
        var (exit, output, error) = await CliRun.RunAsync(RepositoryPaths.Root, null,
            "search", "Fancy Bear", "--top", "20", "--index", _folder.Combine("index"));
        Assert.True(exit == 0, error);
        Assert.Contains("(1–1 of 1)", output, StringComparison.Ordinal);

        (exit, _, error) = await CliRun.RunAsync(RepositoryPaths.Root, null, "search", "Fancy Bear", "--json", "--index", _folder.Combine("index"));
        Assert.Equal(2, exit);
        Assert.Contains("Unknown option for 'search': --json", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithoutTerms_IsAUsageError()
    {
        var (exit, _, error) = await CliRun.RunAsync(RepositoryPaths.Root, null, "search");

        Assert.Equal(2, exit);
        Assert.Contains("search terms", error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
