using System.Collections.Concurrent;
using NewsBot.Core.Indexing;
using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Indexing;

public sealed class NewsIndexRebuildTests
{
    private const string SteadyQuestion = "Where do the lighthouse keepers of Orkney live?";
    private const string ZebraQuestion = "What do zebras eat in the Serengeti?";
    private const string OkapiQuestion = "Where does the okapi hide in Congo?";

    [Fact]
    public async Task RebuildAsync_WhileAnswering_NeverFailsAndServesTheNewContentAfterTheSwap()
    {
        using var index = new TestIndex().WithSeed();
        WriteSteady(index);
        WriteZebra(index);
        await index.BuildAsync();

        var failures = new ConcurrentQueue<string>();
        var asked = 0;
        var askedDuringABuild = 0;
        index.Source.DelayPerFile = TimeSpan.FromMilliseconds(20);
        using var stop = new CancellationTokenSource();
        var askers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var building = index.Index.IsRebuilding;
                    if (!index.Answerer.Ask(SteadyQuestion).Answered)
                    {
                        failures.Enqueue("the steady article was not found");
                    }

                    index.Answerer.Ask(ZebraQuestion);
                    index.Answerer.Ask(OkapiQuestion);
                    Interlocked.Increment(ref asked);
                    if (building && index.Index.IsRebuilding)
                    {
                        Interlocked.Increment(ref askedDuringABuild);
                    }
                }
                catch (Exception exception)
                {
                    failures.Enqueue(exception.ToString());
                }
            }
        })).ToList();

        for (var round = 0; round < 6; round++)
        {
            if (round % 2 == 0)
            {
                index.RemoveArticle("zebra");
                WriteOkapi(index);
            }
            else
            {
                index.RemoveArticle("okapi");
                WriteZebra(index);
            }

            await index.BuildAsync();
        }

        await stop.CancelAsync();
        await Task.WhenAll(askers);

        Assert.Empty(failures);
        Assert.True(askedDuringABuild > 0, $"none of {asked} rounds of questions overlapped a build");
        // The last round (5) wrote the zebra article back: answers now come from it, the okapi is gone.
        Assert.True(index.Answerer.Ask(ZebraQuestion).Answered);
        Assert.False(index.Answerer.Ask(OkapiQuestion).Answered);
        Assert.Single(Directory.GetDirectories(index.IndexPath, "gen-*"));
        Assert.Equal(3, index.Index.Status.Articles);
    }

    [Fact]
    public async Task RebuildAsync_SourceThrows_KeepsTheOldIndexServingAndSaysWhy()
    {
        using var index = new TestIndex().WithSeed();
        await index.BuildAsync();
        var before = index.Index.Status;
        index.Source.FailWith = new IOException("disk on fire");

        var report = await index.Index.RebuildAsync(null, CancellationToken.None);

        Assert.False(report.Succeeded);
        Assert.Contains("disk on fire", report.Error, StringComparison.Ordinal);
        Assert.Equal(before, index.Index.Status);
        Assert.True(index.Answerer.Ask("Which firm reported the attacks on Macron's campaign?").Answered);
        Assert.Single(Directory.GetDirectories(index.IndexPath, "gen-*"));
    }

    [Fact]
    public async Task RebuildAsync_SourceFolderMissing_KeepsTheOldIndexAndReportsTheFolder()
    {
        using var index = new TestIndex().WithSeed();
        await index.BuildAsync();
        Directory.Delete(index.SourceFolder, recursive: true);

        var report = await index.Index.RebuildAsync(null, CancellationToken.None);

        Assert.False(report.Succeeded);
        Assert.Contains("no articles found", report.Error, StringComparison.Ordinal);
        Assert.Contains(report.Skipped, s => s.Path == index.SourceFolder && s.Reason == "source folder does not exist");
        Assert.True(index.Answerer.Ask("Which firm reported the attacks on Macron's campaign?").Answered);
    }

    [Fact]
    public async Task RebuildAsync_OneOfTwoFoldersMissing_SucceedsAndReportsTheMissingOne()
    {
        var missing = Path.Combine(Path.GetTempPath(), "newsbot-tests", "missing-" + Guid.NewGuid().ToString("N"));
        using var index = new TestIndex(options => options.Sources.Add(missing)).WithSeed();

        var report = await index.Index.RebuildAsync(null, CancellationToken.None);

        Assert.True(report.Succeeded, report.Error);
        Assert.Equal(1, report.Articles);
        Assert.Contains(report.Skipped, s => s.Path == missing);
    }

    [Fact]
    public async Task RebuildAsync_WhileAnotherRebuildRuns_IsRefused()
    {
        using var index = new TestIndex().WithSeed();
        WriteSteady(index);
        index.Source.DelayPerFile = TimeSpan.FromMilliseconds(300);

        var first = index.Index.RebuildAsync(null, CancellationToken.None);
        var second = await index.Index.RebuildAsync(null, CancellationToken.None);

        Assert.False(second.Succeeded);
        Assert.Equal("a rebuild is already running", second.Error);
        Assert.True(index.Index.IsRebuilding);
        Assert.True((await first).Succeeded);
        Assert.False(index.Index.IsRebuilding);
    }

    [Fact]
    public async Task RebuildAsync_AnotherProcessHoldsTheLock_IsRefusedAndKeepsServing()
    {
        using var index = new TestIndex().WithSeed();
        await index.BuildAsync();
        using (BuildLock.TryTake(index.IndexPath))
        {
            var report = await index.Index.RebuildAsync(null, CancellationToken.None);

            Assert.False(report.Succeeded);
            Assert.Contains("another process is building the index", report.Error, StringComparison.Ordinal);
            Assert.True(index.Index.Status.Ready);
        }

        Assert.True((await index.Index.RebuildAsync(null, CancellationToken.None)).Succeeded);
    }

    [Fact]
    public async Task RebuildAsync_Cancelled_DeletesThePartialGenerationAndKeepsServing()
    {
        using var index = new TestIndex().WithSeed();
        await index.BuildAsync();
        WriteSteady(index);
        using var cancel = new CancellationTokenSource();

        // Cancel as soon as the build announces its first progress (files found, none read yet).
        var report = await index.Index.RebuildAsync(new SynchronousProgress(_ => cancel.Cancel()), cancel.Token);

        Assert.False(report.Succeeded);
        Assert.Equal("the rebuild was cancelled", report.Error);
        Assert.Single(Directory.GetDirectories(index.IndexPath, "gen-*"));
        Assert.Equal(1, index.Index.Status.Articles);
    }

    [Fact]
    public async Task RebuildAsync_ReportsProgressAndCounts()
    {
        using var index = new TestIndex().WithSeed();
        WriteSteady(index);
        var reports = new ConcurrentQueue<IndexBuildProgress>();

        var report = await index.Index.RebuildAsync(new SynchronousProgress(reports.Enqueue), CancellationToken.None);

        Assert.Equal(2, report.Articles);
        Assert.True(report.Passages > report.Articles);
        Assert.Equal(new IndexBuildProgress(2, 2, 2), reports.Last());
        Assert.True(index.Index.Status.Ready);
        Assert.Equal(report.Passages, index.Index.Status.Passages);
        Assert.True(index.Index.Status.SizeBytes > 0);
        Assert.NotNull(index.Index.Status.BuiltAt);
    }

    internal static void WriteSteady(TestIndex index) => index.WithArticle("steady", "Orkney lighthouse keepers",
        "The lighthouse keepers of Orkney live in stone cottages beside the towers. They rotate every six weeks.");

    private static void WriteZebra(TestIndex index) => index.WithArticle("zebra", "Zebras of the Serengeti",
        "Zebras in the Serengeti eat mostly tall grasses. The herds migrate with the rains.");

    private static void WriteOkapi(TestIndex index) => index.WithArticle("okapi", "The shy okapi",
        "The okapi hides in the dense Ituri rainforest of Congo. It is related to the giraffe.");

    private sealed class SynchronousProgress(Action<IndexBuildProgress> report) : IProgress<IndexBuildProgress>
    {
        public void Report(IndexBuildProgress value) => report(value);
    }
}
