using NewsBot.Cli;
using NewsBot.Cli.Verbs;
using NewsBot.Discord.Emulator;
using NewsBot.Hosting;
using NewsBot.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace NewsBot.Tests.Bot.EndToEnd;

/// <summary>Starting and stopping <c>newsbot run</c>: missing token, fatal gateway close, graceful stop.</summary>
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
    public async Task Run_SlashCommandsOnly_ConnectsWithoutPrivilegedIntentsAndStopsCleanly()
    {
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions());
        await using var bot = BotUnderTest.Create();

        bot.Start(emulator, new Dictionary<string, string?> { ["Discord:ReadMessages"] = "false" });
        await BotFixture.WaitUntilReadyAsync(emulator, bot);
        var help = await emulator.InjectSlashCommandAsync("help");
        await emulator.WaitForInteractionResponseAsync(help.Id, BotFixture.Timeout);

        Assert.Equal(ExitCodes.Success, await bot.StopAsync());
    }
}
