using Microsoft.Extensions.DependencyInjection;
using NewsBot.Cli;
using NewsBot.Cli.Verbs;
using NewsBot.Discord.Emulator;
using NewsBot.Core.Indexing;
using NewsBot.Hosting;
using NewsBot.Tests.Cli;
using NewsBot.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace NewsBot.Tests.Bot.EndToEnd;

/// <summary>Starting and stopping <c>newsbot run</c>: missing token, fatal gateway close, graceful stop, an index rebuilt elsewhere.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task Run_WithoutToken_ExitsWith2AndSaysHowToSetOne()
    {
        using var folder = new TempFolder();
        var builder = BotHost.CreateBuilder(CliArguments.Parse(["run"], new HashSet<string>()), folder.Path);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Token"] = "" });
        using var error = new StringWriter();

        var exit = await RunVerb.RunAsync(builder, new CliConsole(new StringReader(""), TextWriter.Null, error, false, folder.Path), CancellationToken.None);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("Discord__Token", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("dotnet user-secrets set Discord:Token", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("newsbot chat", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Discord:AskChannelIds:0", "abc", "Discord:AskChannelIds has \"abc\"")]
    [InlineData("NewsBot:MaxQuotes", "many", "'many' at 'NewsBot:MaxQuotes'")]
    public async Task Run_SettingThatCannotBeRead_ExitsWith2InOneLineNamingIt(string key, string value, string expected)
    {
        using var folder = new TempFolder();
        var builder = BotHost.CreateBuilder(CliArguments.Parse(["run"], new HashSet<string>()), folder.Path);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = "not-a-real-token",
            ["Discord:ApiBaseUrl"] = "http://127.0.0.1:9/",
            ["NewsBot:Sources:0"] = folder.Path,
            [key] = value,
        });
        using var error = new StringWriter();

        var exit = await RunVerb.RunAsync(builder, new CliConsole(new StringReader(""), TextWriter.Null, error, false, folder.Path), CancellationToken.None);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
        Assert.Single(error.ToString().Trim().Split('\n'));
    }

    [Fact]
    public async Task Run_MessageContentIntentNotEnabled_StopsWithExitCode1AndSaysWhatToFix()
    {
        // A new application has no privileged intents: the gateway closes with 4014 (disallowed intents).
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions());
        await using var bot = BotUnderTest.Create();

        bot.Start(emulator);
        var exit = await bot.Exit.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(ExitCodes.Failure, exit);
        var critical = Assert.Single(bot.Logs.Lines, line => line.StartsWith("Critical", StringComparison.Ordinal));
        Assert.Contains("Message Content intent", critical, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithoutReadingMessages_ConnectsWithoutPrivilegedIntentsStillAnswersMentionsAndDmsAndStopsCleanly()
    {
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions());
        await using var bot = BotUnderTest.Create();

        bot.Start(emulator, new Dictionary<string, string?> { ["Discord:ReadMessages"] = "false" });
        await BotFixture.WaitUntilReadyAsync(emulator, bot);
        var help = await emulator.InjectSlashCommandAsync("help");
        await emulator.WaitForInteractionResponseAsync(help.Id, BotFixture.Timeout);

        // Discord fills in the text of mentions and DMs without the Message Content intent (the emulator does the same).
        var channel = emulator.AddTextChannel(emulator.Guild.Id, "no-content-intent");
        var mention = await emulator.InjectMentionAsync("Which firm reported the attacks on Macron's campaign?", new MessageInjection { ChannelId = channel.Id });
        Assert.Contains("Trend Micro", (await emulator.WaitForReplyAsync(mention)).Content, StringComparison.Ordinal);
        var direct = await emulator.InjectDirectMessageAsync("Which firm reported the attacks on Macron's campaign?", emulator.AddUser("dm-asker").Id);
        Assert.Contains("Trend Micro", (await emulator.WaitForReplyAsync(direct)).Content, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Success, await bot.StopAsync());
    }
    [Fact]
    public async Task Run_IndexRebuiltByAnotherProcess_IsPickedUpWithoutARestart()
    {
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions());
        await using var bot = BotUnderTest.Create();
        bot.Start(emulator, new Dictionary<string, string?> { ["Discord:ReadMessages"] = "false", ["NewsBot:IndexReloadSeconds"] = "1" });
        await BotFixture.WaitUntilReadyAsync(emulator, bot);
        var index = (await bot.Services).GetRequiredService<IIndexMaintainer>();
        var before = index.Status.Articles;

        // The operator adds an article and runs `newsbot index` in a second process while the bot keeps running.
        bot.AddArticle("okapi.md", "# The shy okapi\n\nThe okapi hides in the dense Ituri rainforest of Congo. It is related to the giraffe.\n");
        var (exit, _, error) = await CliRun.RunAsync(bot.Folder.Path, null, "index", "--source", bot.SourcesPath, "--index", bot.Folder.Combine("index"));
        Assert.True(exit == ExitCodes.Success, error);

        var deadline = DateTime.UtcNow + BotFixture.Timeout;
        while (index.Status.Articles == before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(before + 1, index.Status.Articles);
        var ask = await emulator.InjectSlashCommandAsync("ask", [InteractionOption.String("question", "Where does the okapi hide?")]);
        await emulator.WaitForAnswerAsync(ask, content => content.Contains("Ituri rainforest", StringComparison.Ordinal));
    }
}
