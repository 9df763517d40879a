using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Discord.Emulator.Gateway;
using NewsBot.Discord.Emulator.RateLimiting;
using NewsBot.Discord.Emulator.Rest;
using NewsBot.Discord.Emulator.State;

namespace NewsBot.Discord.Emulator;

/// <summary>
/// A Discord emulator on loopback for tests: the HTTP API v10 under <see cref="ApiBaseUrl"/> and the Gateway v10 at
/// <see cref="GatewayUrl"/>, behaving as Discord's documentation says, plus a control surface (C# methods on this object,
/// never Discord-shaped routes) to seed the world, inject users' messages and interactions, read what the bot did, and
/// inject faults. Start with <see cref="StartAsync"/>; dispose to stop.
/// </summary>
public sealed partial class DiscordEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorState _state;
    private readonly GatewayServer _gateway;
    private readonly RestRateLimiter _rateLimiter;

    private DiscordEmulator(WebApplication app, EmulatorState state, GatewayServer gateway, RestRateLimiter rateLimiter, EmulatorOptions options, string botToken)
    {
        _app = app;
        _state = state;
        _gateway = gateway;
        _rateLimiter = rateLimiter;
        Options = options;
        BotToken = botToken;
    }

    /// <summary>The options it runs with.</summary>
    public EmulatorOptions Options { get; }

    /// <summary>The bot token (<c>base64(bot id).timestamp.hmac</c>) the REST API and the gateway accept.</summary>
    public string BotToken { get; }

    /// <summary>The bot's user id.</summary>
    public ulong BotUserId => _state.BotUserId;

    /// <summary>The application id (equal to the bot user id, as for modern Discord apps).</summary>
    public ulong ApplicationId => _state.BotUserId;

    /// <summary>Base URL of the HTTP API, ending in a slash: <c>http://127.0.0.1:PORT/api/v10/</c>.</summary>
    public Uri ApiBaseUrl { get; private set; } = null!;

    /// <summary>The gateway URL returned by <c>GET gateway</c> (append <c>?v=10&amp;encoding=json</c>).</summary>
    public Uri GatewayUrl { get; private set; } = null!;

    /// <summary>The distinct <c>resume_gateway_url</c> sent in READY.</summary>
    public Uri ResumeGatewayUrl { get; private set; } = null!;

    /// <summary>The default guild the bot is in.</summary>
    public EmulatedGuild Guild { get; private set; } = null!;

    /// <summary>The default text channel of <see cref="Guild"/>.</summary>
    public EmulatedChannel Channel { get; private set; } = null!;

    /// <summary>The default human user, a member of <see cref="Guild"/>.</summary>
    public EmulatedUser User { get; private set; } = null!;

    /// <summary>Starts an emulator on 127.0.0.1 on a free port.</summary>
    public static async Task<DiscordEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        var state = new EmulatorState(options.TimeProvider);
        var botToken = SeedBot(state, options);
        var gateway = new GatewayServer(options, state, botToken);
        var rateLimiter = new RestRateLimiter(options, options.TimeProvider);
        var services = new RestServices(options, state, gateway, rateLimiter, botToken);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.WebHost.UseShutdownTimeout(TimeSpan.FromSeconds(2));
        var app = builder.Build();
        app.UseWebSockets();
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value?.TrimEnd('/');
            if (path is "/gateway" or "/resume-gateway")
            {
                await gateway.AcceptAsync(context, viaResumeUrl: path == "/resume-gateway").ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        app.UseRouting();
        var pipeline = new RestPipeline(services);
        app.Use(pipeline.InvokeAsync);
        RestRouteTable.Map(app, services);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var port = new Uri(address).Port;
        var emulator = new DiscordEmulator(app, state, gateway, rateLimiter, options, botToken)
        {
            ApiBaseUrl = new Uri($"http://127.0.0.1:{port}/api/v10/"),
            GatewayUrl = new Uri($"ws://127.0.0.1:{port}/gateway"),
            ResumeGatewayUrl = new Uri($"ws://127.0.0.1:{port}/resume-gateway"),
        };
        gateway.GatewayUrl = emulator.GatewayUrl.ToString();
        gateway.ResumeUrl = emulator.ResumeGatewayUrl.ToString();
        emulator.SeedWorld();
        return emulator;
    }

    private static string SeedBot(EmulatorState state, EmulatorOptions options)
    {
        var bot = new EmulatedUser(state.Snowflakes.Next(), options.BotUsername, IsBot: true);
        lock (state.Sync)
        {
            state.Users[bot.Id] = bot;
            state.BotUserId = bot.Id;
        }

        return BotTokenFactory.CreateBotToken(bot.Id, state.Time.GetUtcNow());
    }

    private void SeedWorld()
    {
        User = AddUser("tester");
        Guild = AddGuildCore(Options.GuildName, User.Id);
        Channel = AddTextChannel(Guild.Id, "general");
    }

    /// <summary>Drops every gateway connection and stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        _gateway.AbortAll();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Shutdown took too long; disposing below releases the port anyway.
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
