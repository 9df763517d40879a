using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Discord.Emulator;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Integration;

/// <summary>
/// The real client, wired exactly as the bot wires it (<see cref="DiscordServiceCollectionExtensions.AddDiscordClient"/>
/// from configuration), connected to a loopback <see cref="DiscordEmulator"/> over real HTTP and WebSockets.
/// </summary>
internal sealed class EmulatorHarness : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly ServiceProvider _services;
    private readonly CancellationTokenSource _stop = new();

    private EmulatorHarness(DiscordEmulator discord, ServiceProvider services, CapturingLoggerProvider logs)
    {
        Discord = discord;
        _services = services;
        Logs = logs;
        Client = services.GetRequiredService<DiscordClient>();
        Rest = services.GetRequiredService<IDiscordRestClient>();
        Bot = (ReplyingBot)services.GetRequiredService<IDiscordEventHandler>();
        Run = Task.Run(() => Client.RunAsync(_stop.Token));
    }

    public DiscordEmulator Discord { get; }

    public DiscordClient Client { get; }

    public IDiscordRestClient Rest { get; }

    public ReplyingBot Bot { get; }

    public CapturingLoggerProvider Logs { get; }

    public Task Run { get; }

    /// <summary>Starts an emulator (Message Content enabled unless the options say otherwise) and the client against it.</summary>
    public static async Task<EmulatorHarness> StartAsync(
        EmulatorOptions? options = null,
        Action<Dictionary<string, string?>>? configure = null,
        Random? random = null,
        Action<DiscordEmulator>? prepare = null)
    {
        var discord = await DiscordEmulator.StartAsync(options ?? new EmulatorOptions
        {
            EnabledPrivilegedIntents = 1 << 15,
            HeartbeatInterval = TimeSpan.FromMilliseconds(400),
        });
        prepare?.Invoke(discord);
        var settings = new Dictionary<string, string?>
        {
            ["Discord:Token"] = discord.BotToken,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl.ToString(),
        };
        configure?.Invoke(settings);

        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        if (random is not null)
        {
            services.AddSingleton(random);
        }

        services.AddSingleton<IDiscordEventHandler, ReplyingBot>();
        services.AddDiscordClient(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return new EmulatorHarness(discord, services.BuildServiceProvider(validateScopes: true), logs);
    }

    public Task WaitForAsync(Func<DiscordEmulator, bool> condition, string what) => Discord.WaitForAsync(condition, Patience, what);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Run.WaitAsync(Patience);
        }
        catch (DiscordFatalException)
        {
            // Tests that provoke it assert it themselves.
        }

        await _services.DisposeAsync();
        await Discord.DisposeAsync();
        _stop.Dispose();
    }
}
