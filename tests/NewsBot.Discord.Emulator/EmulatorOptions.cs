namespace NewsBot.Discord.Emulator;

/// <summary>
/// Settings of a <see cref="DiscordEmulator"/>. Defaults follow Discord's documented behaviour for a freshly created,
/// unverified application; tests shorten deadlines or relax limits where a real wait would make them slow.
/// </summary>
public sealed class EmulatorOptions
{
    /// <summary>Clock for snowflakes, deadlines, rate-limit windows and session expiry. Defaults to the system clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Interval announced in HELLO (Discord's live gateway sends 41250 ms).</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromMilliseconds(41250);

    /// <summary>
    /// When set, a connection that sends no heartbeat for this long is dropped without a close frame (its session stays
    /// resumable), as Discord drops silent clients. Off by default; measured on <see cref="TimeProvider"/>.
    /// </summary>
    public TimeSpan? HeartbeatTimeout { get; init; }

    /// <summary>Shard count recommended by <c>GET /gateway/bot</c>.</summary>
    public int RecommendedShards { get; init; } = 1;

    /// <summary>An IDENTIFY with fewer shards than this is closed with 4011 (sharding required).</summary>
    public int MinimumShardCount { get; init; } = 1;

    /// <summary>Guilds one shard may hold before IDENTIFY is closed with 4011 (Discord: 2500).</summary>
    public int MaxGuildsPerShard { get; init; } = 2500;

    /// <summary><c>session_start_limit.total</c>; each accepted IDENTIFY consumes one start.</summary>
    public int SessionStartLimit { get; init; } = 1000;

    /// <summary><c>session_start_limit.max_concurrency</c>: IDENTIFYs allowed per <see cref="IdentifyWindow"/> per rate-limit key.</summary>
    public int MaxConcurrency { get; init; } = 1;

    /// <summary>Identify throttling window (Discord: 5 s). An extra IDENTIFY inside it gets op 9 d=false.</summary>
    public TimeSpan IdentifyWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Privileged intents switched on in the emulated Developer Portal (bitfield of 1&lt;&lt;1, 1&lt;&lt;8, 1&lt;&lt;15). None by default, as for a new application.</summary>
    public long EnabledPrivilegedIntents { get; init; }

    /// <summary>How long a session stays resumable after its connection dropped or closed with a code other than 1000/1001.</summary>
    public TimeSpan SessionResumeWindow { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Dispatches kept per session for RESUME replay.</summary>
    public int ReplayBufferSize { get; init; } = 5000;

    /// <summary>Client payloads allowed per connection in <see cref="GatewayPayloadWindow"/> before close 4008 (Discord: 120 per 60 s).</summary>
    public int GatewayPayloadLimit { get; init; } = 120;

    /// <summary>Window of <see cref="GatewayPayloadLimit"/>.</summary>
    public TimeSpan GatewayPayloadWindow { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Time allowed for the initial interaction response (Discord: 3 s); later callbacks get 10062.</summary>
    public TimeSpan InteractionResponseDeadline { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Lifetime of an interaction token for @original and follow-ups (Discord: 15 min); later calls get 401/50027.</summary>
    public TimeSpan InteractionTokenLifetime { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Global request limit per second for the bot (Discord: 50). Interaction routes are exempt.</summary>
    public int GlobalRateLimitPerSecond { get; init; } = 50;

    /// <summary>Bucket used by routes without an entry in <see cref="RouteRateLimits"/>.</summary>
    public RouteRateLimit DefaultRouteRateLimit { get; init; } = new(50, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Per-route buckets keyed by route key (see <see cref="EmulatorRoutes"/>), e.g. <c>"POST channels/{channel_id}/messages"</c>.
    /// Routes given the same <see cref="RouteRateLimit.Bucket"/> share one bucket hash. Counted per major parameter.
    /// </summary>
    public IReadOnlyDictionary<string, RouteRateLimit> RouteRateLimits { get; init; } = new Dictionary<string, RouteRateLimit>(StringComparer.Ordinal)
    {
        [EmulatorRoutes.CreateMessage] = new(5, TimeSpan.FromSeconds(5)),
    };

    /// <summary>Username of the bot user.</summary>
    public string BotUsername { get; init; } = "NewsBot";

    /// <summary>Name of the default guild.</summary>
    public string GuildName { get; init; } = "Emulated Guild";
}
