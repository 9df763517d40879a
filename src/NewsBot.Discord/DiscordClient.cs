using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord;

/// <summary>
/// Runs the bot's gateway shards: asks <c>GET gateway/bot</c> where to connect, starts every configured
/// shard, keeps each one connected (heartbeats, resume, re-identify, back-off) and hands events to the
/// <see cref="IDiscordEventHandler"/>. Owns no hosting loop: wrap <see cref="RunAsync"/> in a BackgroundService.
/// </summary>
public sealed partial class DiscordClient
{
    private readonly DiscordOptions _options;
    private readonly IDiscordRestClient _rest;
    private readonly IDiscordEventHandler _handler;
    private readonly TimeProvider _timeProvider;
    private readonly Random _random;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly IGatewayTransportFactory _transportFactory;
    private volatile IReadOnlyList<ShardConnection> _shards = [];

    /// <summary>Creates the client (normally through <see cref="DiscordServiceCollectionExtensions.AddDiscordClient"/>).</summary>
    public DiscordClient(
        IOptions<DiscordOptions> options,
        IDiscordRestClient rest,
        IDiscordEventHandler handler,
        TimeProvider timeProvider,
        Random random,
        ILoggerFactory loggerFactory)
        : this(options, rest, handler, timeProvider, random, loggerFactory, new WebSocketGatewayTransportFactory())
    {
    }

    internal DiscordClient(
        IOptions<DiscordOptions> options,
        IDiscordRestClient rest,
        IDiscordEventHandler handler,
        TimeProvider timeProvider,
        Random random,
        ILoggerFactory loggerFactory,
        IGatewayTransportFactory transportFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _options = options.Value;
        _rest = rest ?? throw new ArgumentNullException(nameof(rest));
        _handler = handler ?? throw new ArgumentNullException(nameof(handler));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _random = random ?? throw new ArgumentNullException(nameof(random));
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<DiscordClient>();
        _transportFactory = transportFactory;
    }

    /// <summary>Set when the client stopped for good: what happened and what to fix. Null while running or after a normal stop.</summary>
    public DiscordFatalError? FatalError { get; private set; }

    /// <summary>The bot user, once a shard received READY.</summary>
    public DiscordUser? CurrentUser { get; private set; }

    /// <summary>The application id, once a shard received READY.</summary>
    public ulong? ApplicationId { get; private set; }

    /// <summary>Average heartbeat round trip over the shards that measured one; null before the first ACK.</summary>
    public TimeSpan? Latency
    {
        get
        {
            var measured = _shards.Select(s => s.Latency).OfType<TimeSpan>().ToList();
            return measured.Count == 0 ? null : TimeSpan.FromTicks((long)measured.Average(l => l.Ticks));
        }
    }

    /// <summary>State of every shard this process runs.</summary>
    public IReadOnlyList<ShardStatus> Shards => _shards.Select(s => s.Status).ToList();
}
