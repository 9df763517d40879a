using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Indexing;
using NewsBot.Core.Search;
using NewsBot.Core.Tests.Articles;
using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Indexing;

public sealed class NewsIndexEnsureReadyTests
{
    private const string FirmQuestion = "Which firm reported the attacks on Macron's campaign?";

    [Fact]
    public async Task EnsureReadyAsync_NoIndex_BuildsItAndSaysSo()
    {
        using var index = new TestIndex().WithSeed();

        var note = await index.Index.EnsureReadyAsync(null, CancellationToken.None);

        Assert.NotNull(note);
        Assert.Contains("there is no index yet", note, StringComparison.Ordinal);
        Assert.True(index.Answerer.Ask(FirmQuestion).Answered);
        Assert.True(File.Exists(Path.Combine(index.IndexPath, "CURRENT")));
    }

    [Fact]
    public async Task EnsureReadyAsync_ValidIndex_OpensItWithoutBuilding()
    {
        using var first = new TestIndex().WithSeed();
        await first.BuildAsync();
        var generation = first.Index.Status.Path;
        using var second = SecondProcess(first);

        var note = await second.Index.EnsureReadyAsync(null, CancellationToken.None);

        Assert.Null(note);
        Assert.Equal(generation, second.Index.Status.Path);
        Assert.True(second.Answerer.Ask(FirmQuestion).Answered);
    }

    [Fact]
    public async Task EnsureReadyAsync_OtherSchemaVersion_Rebuilds()
    {
        using var first = new TestIndex().WithSeed();
        await first.BuildAsync();
        var generation = first.Index.Status.Path;
        first.Index.Dispose();
        SetSchemaVersion(generation, "0");
        using var second = SecondProcess(first);

        var note = await second.Index.EnsureReadyAsync(null, CancellationToken.None);

        Assert.NotNull(note);
        Assert.Contains("schema version 0", note, StringComparison.Ordinal);
        Assert.NotEqual(generation, second.Index.Status.Path);
        Assert.True(second.Answerer.Ask(FirmQuestion).Answered);
    }

    [Fact]
    public async Task EnsureReadyAsync_OtherSchemaVersion_LogsTheReasonWithoutAStackTrace()
    {
        using var first = new TestIndex().WithSeed();
        await first.BuildAsync();
        var generation = first.Index.Status.Path;
        first.Index.Dispose();
        SetSchemaVersion(generation, "0");
        var logger = new ListLogger<NewsIndex>();
        using var second = SecondIndexLoggingTo(first, logger);

        await second.EnsureReadyAsync(null, CancellationToken.None);

        // A routine upgrade, fully explained by its message; a stack trace is for the unexpected (see the corrupt file test).
        var entry = Assert.Single(logger.Entries, e => e.EventId.Id == 2003);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("schema version 0", entry.Message, StringComparison.Ordinal);
        Assert.Null(entry.Exception);
    }

    [Fact]
    public async Task EnsureReadyAsync_CorruptSegmentsFile_LogsTheExceptionToo()
    {
        using var first = new TestIndex().WithSeed();
        await first.BuildAsync();
        var generation = first.Index.Status.Path;
        first.Index.Dispose();
        CorruptSegmentsFiles(generation);

        var logger = new ListLogger<NewsIndex>();
        using var second = SecondIndexLoggingTo(first, logger);

        await second.EnsureReadyAsync(null, CancellationToken.None);

        Assert.NotNull(Assert.Single(logger.Entries, e => e.EventId.Id == 2003).Exception);
    }

    [Fact]
    public async Task EnsureReadyAsync_CorruptSegmentsFile_Rebuilds()
    {
        using var first = new TestIndex().WithSeed();
        await first.BuildAsync();
        var generation = first.Index.Status.Path;
        first.Index.Dispose();
        CorruptSegmentsFiles(generation);

        using var second = SecondProcess(first);

        var note = await second.Index.EnsureReadyAsync(null, CancellationToken.None);

        Assert.NotNull(note);
        Assert.Contains("unusable", note, StringComparison.Ordinal);
        Assert.True(second.Index.Status.Ready);
        Assert.True(second.Answerer.Ask(FirmQuestion).Answered);
    }

    [Fact]
    public async Task EnsureReadyAsync_CurrentNamesAMissingGeneration_Rebuilds()
    {
        using var first = new TestIndex().WithSeed();
        await first.BuildAsync();
        first.Index.Dispose();
        File.WriteAllText(Path.Combine(first.IndexPath, "CURRENT"), "gen-20000101T000000000Z-deadbeef\n");
        using var second = SecondProcess(first);

        var note = await second.Index.EnsureReadyAsync(null, CancellationToken.None);

        Assert.NotNull(note);
        Assert.Contains("is missing", note, StringComparison.Ordinal);
        Assert.True(second.Answerer.Ask(FirmQuestion).Answered);
    }

    [Fact]
    public async Task EnsureReadyAsync_StaleGenerations_AreDeletedAtStartUp()
    {
        using var first = new TestIndex().WithSeed();
        await first.BuildAsync();
        var stale = Path.Combine(first.IndexPath, "gen-20000101T000000000Z-0badf00d");
        System.IO.Directory.CreateDirectory(stale);
        using var second = SecondProcess(first);

        await second.Index.EnsureReadyAsync(null, CancellationToken.None);

        Assert.False(System.IO.Directory.Exists(stale));
        Assert.True(System.IO.Directory.Exists(second.Index.Status.Path));
    }

    [Fact]
    public async Task EnsureReadyAsync_NoSources_LeavesTheIndexNotReadyWithAReason()
    {
        using var index = new TestIndex();

        var note = await index.Index.EnsureReadyAsync(null, CancellationToken.None);

        Assert.NotNull(note);
        Assert.Contains("could not be built", note, StringComparison.Ordinal);
        Assert.False(index.Index.Status.Ready);
        var answer = index.Answerer.Ask(FirmQuestion);
        Assert.False(answer.Answered);
        Assert.Contains(answer.Notes, n => n.Contains("not ready", StringComparison.Ordinal));
    }

    /// <summary>A second NewsIndex over the same folders, as another process (or a restart) would open it.</summary>
    private static TestIndex SecondProcess(TestIndex first)
    {
        var second = new TestIndex(options => { options.IndexPath = first.IndexPath; options.Sources = [first.SourceFolder]; });
        return second;
    }

    private static NewsIndex SecondIndexLoggingTo(TestIndex first, ILogger<NewsIndex> logger) =>
        new(Microsoft.Extensions.Options.Options.Create(first.Options), first.Source, logger, TimeProvider.System);

    private static void CorruptSegmentsFiles(string generation)
    {
        foreach (var file in System.IO.Directory.GetFiles(generation, "segments_*"))
        {
            File.WriteAllBytes(file, [.. Enumerable.Range(0, 64).Select(i => (byte)(i * 37))]);
        }
    }

    private static void SetSchemaVersion(string generation, string version)
    {
        using var directory = FSDirectory.Open(generation);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzer.Version, NewsAnalyzer.Shared) { OpenMode = OpenMode.APPEND });
        var data = new Dictionary<string, string>(DirectoryReader.ListCommits(directory)[^1].UserData)
        {
            [IndexSchema.UserDataSchemaVersion] = version,
        };
        writer.SetCommitData(data);
        writer.Commit();
    }
}
