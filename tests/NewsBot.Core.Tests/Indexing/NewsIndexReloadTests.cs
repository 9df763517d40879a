using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Indexing;
using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Indexing;

/// <summary>A running bot and an operator's <c>newsbot index</c> in another process: two <see cref="NewsIndex"/> instances on one folder.</summary>
public sealed class NewsIndexReloadTests
{
    private const string ZebraQuestion = "What do zebras eat in the Serengeti?";

    [Fact]
    public async Task ReloadIfChanged_AfterAnotherProcessRebuilt_SwitchesOnceAndAnswersFromTheNewIndex()
    {
        using var bot = new TestIndex().WithSeed();
        await bot.BuildAsync();
        var builtByBot = bot.Index.Status.Path;
        Assert.False(bot.Index.ReloadIfChanged());

        bot.WithArticle("zebra", "Zebras of the Serengeti", "Zebras in the Serengeti eat mostly tall grasses. The herds migrate with the rains.");
        using (var operatorProcess = OtherProcess(bot))
        {
            Assert.True((await operatorProcess.RebuildAsync(null, CancellationToken.None)).Succeeded);
        }

        Assert.False(bot.Answerer.Ask(ZebraQuestion).Answered);
        Assert.True(bot.Index.ReloadIfChanged());

        Assert.Contains("tall grasses", bot.Answerer.Ask(ZebraQuestion).Quotes[0].Text, StringComparison.Ordinal);
        Assert.Equal(2, bot.Index.Status.Articles);
        Assert.NotEqual(builtByBot, bot.Index.Status.Path);
        Assert.False(bot.Index.ReloadIfChanged());
        Assert.Equal([bot.Index.Status.Path], GenerationFoldersIn(bot));
    }

    [Fact]
    public async Task RebuildAsync_InAProcessThatNeverOpenedTheIndex_DeletesTheGenerationItReplaced()
    {
        // Two `newsbot index` runs one after the other: the second never opened the first's generation.
        using var folder = new TestIndex().WithSeed();
        using (var first = OtherProcess(folder))
        {
            Assert.True((await first.RebuildAsync(null, CancellationToken.None)).Succeeded);
        }

        using var second = OtherProcess(folder);
        Assert.True((await second.RebuildAsync(null, CancellationToken.None)).Succeeded);

        Assert.Equal([Path.GetFullPath(second.Status.Path!)], GenerationFoldersIn(folder));
        using var next = OtherProcess(folder);
        await next.EnsureReadyAsync(null, CancellationToken.None);
        Assert.Equal(second.Status.Path, next.Status.Path);
    }

    [Fact]
    public async Task ReloadIfChanged_WhileAnotherProcessBuilds_LeavesItsNewFolderAlone()
    {
        using var bot = new TestIndex().WithSeed();
        await bot.BuildAsync();
        var builtByBot = bot.Index.Status.Path;
        using (var operatorProcess = OtherProcess(bot))
        {
            Assert.True((await operatorProcess.RebuildAsync(null, CancellationToken.None)).Succeeded);
        }

        var building = Path.Combine(bot.IndexPath, "gen-29990101T000000000Z-building");
        Directory.CreateDirectory(building);
        using (BuildLock.TryTake(bot.IndexPath))
        {
            Assert.True(bot.Index.ReloadIfChanged());
        }

        Assert.True(Directory.Exists(building));
        Assert.False(Directory.Exists(builtByBot));
        Assert.True(bot.Answerer.Ask("Which firm reported the attacks on Macron's campaign?").Answered);
    }

    [Fact]
    public async Task ReloadIfChanged_CurrentNamesABrokenGeneration_KeepsServingTheLiveOne()
    {
        using var bot = new TestIndex().WithSeed();
        await bot.BuildAsync();
        var broken = Path.Combine(bot.IndexPath, "gen-20260101T000000000Z-broken00");
        Directory.CreateDirectory(broken);
        File.WriteAllText(Path.Combine(broken, "segments_1"), "not a segments file");
        File.WriteAllText(Path.Combine(bot.IndexPath, GenerationFolders.CurrentFileName), Path.GetFileName(broken) + "\n");

        Assert.False(bot.Index.ReloadIfChanged());

        Assert.True(bot.Answerer.Ask("Which firm reported the attacks on Macron's campaign?").Answered);
        Assert.Equal(1, bot.Index.Status.Articles);
    }

    private static string[] GenerationFoldersIn(TestIndex bot) =>
        Directory.GetDirectories(bot.IndexPath, "gen-*").Select(Path.GetFullPath).ToArray();

    private static NewsIndex OtherProcess(TestIndex bot) =>
        new(Microsoft.Extensions.Options.Options.Create(bot.Options), bot.Source, NullLogger<NewsIndex>.Instance, TimeProvider.System);
}
