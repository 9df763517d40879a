using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>Throwaway values and ready-wired objects for tests.</summary>
internal static class Some
{
    // Shaped like a real token (base64 id . timestamp . hmac) but not one.
    public const string Token = "OTAwMDAwMDAwMDAwMDAwMDAx.GhJkLm.secret-hmac-part-0123456789abcdefghijklmnop";
    public const string InteractionToken = "aW50ZXJhY3Rpb246OTAwMDAwMDAwMDAwMDAwMDAz.interaction-secret-token";
    public static readonly Uri ApiBase = new("https://discord.test/api/v10/");

    public static DiscordOptions Options(Action<DiscordOptions>? configure = null)
    {
        var options = new DiscordOptions { Token = Token, ApiBaseUrl = ApiBase };
        configure?.Invoke(options);
        return options;
    }

    public static DiscordRestClient RestClient(FakeHttpMessageHandler handler, TimeProvider time, ILoggerFactory? logs = null, double jitter = 0.5) =>
        RestClient(handler, time, Options(), logs, jitter);

    public static DiscordRestClient RestClient(FakeHttpMessageHandler handler, TimeProvider time, DiscordOptions options, ILoggerFactory? logs = null, double jitter = 0.5) =>
        new(new HttpClient(handler), Microsoft.Extensions.Options.Options.Create(options), time, new FixedRandom(jitter),
            new Logger<DiscordRestClient>(logs ?? NullLoggerFactory.Instance));

    public static DiscordInteraction Interaction(ulong id = 300000000000000001) => new()
    {
        Id = id,
        ApplicationId = GatewayFrames.ApplicationId,
        Type = InteractionType.ApplicationCommand,
        Token = InteractionToken,
        ChannelId = 700000000000000001,
        GuildId = 800000000000000001,
    };

    public static DiscordMessage Message(ulong id = 100000000000000001) => new()
    {
        Id = id,
        ChannelId = 700000000000000001,
        GuildId = 800000000000000001,
        Author = new DiscordUser(600000000000000001, "reader"),
    };

    public static DiscordClient Client(
        DiscordOptions options,
        IDiscordRestClient rest,
        IDiscordEventHandler handler,
        TimeProvider time,
        ScriptedGatewayTransportFactory transports,
        ILoggerFactory? logs = null,
        double jitter = 0.5) =>
        new(Microsoft.Extensions.Options.Options.Create(options), rest, handler, time, new FixedRandom(jitter), logs ?? NullLoggerFactory.Instance, transports);
}
