using System.Globalization;
using NewsBot.Discord.Emulator;

namespace NewsBot.Tests.Bot.EndToEnd;

/// <summary>
/// One emulator and one running bot shared by the end-to-end tests of the "Discord bot" collection (tests run one after
/// another; each uses its own channel or user so their messages never mix).
/// </summary>
public sealed class BotFixture : IAsyncLifetime
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private BotUnderTest? _bot;

    public DiscordEmulator Emulator { get; private set; } = null!;

    internal BotUnderTest Bot => _bot!;

    /// <summary>A channel where every message is a question (Discord:AskChannelIds).</summary>
    public EmulatedChannel AskChannel { get; private set; } = null!;

    /// <summary>A user listed in Discord:AdminUserIds.</summary>
    public EmulatedUser ConfiguredAdmin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Emulator = await DiscordEmulator.StartAsync(new EmulatorOptions { EnabledPrivilegedIntents = 1 << 15 });
        AskChannel = Emulator.AddTextChannel(Emulator.Guild.Id, "ask-newsbot");
        ConfiguredAdmin = Emulator.AddUser("configured-admin");
        Emulator.AddMember(Emulator.Guild.Id, ConfiguredAdmin.Id);
        _bot = BotUnderTest.Create();
        TestArticles.AddTo(_bot, Emulator.User.Id);
        _bot.Start(Emulator, new Dictionary<string, string?>
        {
            ["Discord:AskChannelIds:0"] = AskChannel.Id.ToString(CultureInfo.InvariantCulture),
            ["Discord:AdminUserIds:0"] = ConfiguredAdmin.Id.ToString(CultureInfo.InvariantCulture),
            // Long quotes, many of them: every answer is a test of the 2000-character limit.
            ["NewsBot:MaxQuoteLength"] = "2000",
            ["NewsBot:MaxQuotes"] = "5",
        });
        await WaitUntilReadyAsync(Emulator, Bot);
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        await Emulator.DisposeAsync();
    }

    /// <summary>The bot asks for its registered commands only after READY: from then on it answers.</summary>
    internal static async Task WaitUntilReadyAsync(DiscordEmulator emulator, BotUnderTest bot)
    {
        var ready = emulator.WaitForAsync(e => e.RequestsTo(EmulatorRoutes.GetGuildCommands).Count > 0, TimeSpan.FromSeconds(60), "the bot to become ready");
        var finished = await Task.WhenAny(ready, bot.Exit);
        if (finished == bot.Exit)
        {
            throw new InvalidOperationException($"The bot exited with {await bot.Exit} before it was ready: {bot.Error}");
        }

        await ready;
    }
}
