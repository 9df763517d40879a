using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Keeps one shard connected: one <see cref="IGatewayTransport"/> per connection, RESUME or IDENTIFY as
/// <see cref="ReconnectPolicy"/> decides, back-off between failing attempts, and a fatal error returned
/// (never thrown) when Discord refuses the bot for good.
/// </summary>
internal sealed partial class ShardConnection
{
    // After this many resumes in a row that never reached RESUMED, start a new session instead.
    private const int MaxFailedResumes = 3;

    // HELLO is the first frame Discord sends; a connection that stays silent this long is dead (a socket that
    // opened but never speaks would otherwise hang the shard forever, since heartbeats only start at HELLO).
    // The WebSocket handshake gets the same limit.
    internal static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(30);

    private readonly ShardContext _context;
    private readonly GatewaySession _session = new();
    private readonly EventDispatcher _dispatcher;
    private readonly ILogger _logger;
    private volatile ShardState _state = ShardState.NotStarted;
    private volatile HeartbeatState? _heartbeat;
    private int _failedConnections;
    private int _failedResumes;

    public ShardConnection(ShardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _logger = context.Logger;
        _dispatcher = new EventDispatcher(context.ShardId, context.Logger);
    }

    public int ShardId => _context.ShardId;

    public TimeSpan? Latency => _heartbeat?.Latency;

    public ShardStatus Status => new(ShardId, _state, Latency);

    internal GatewaySession Session => _session;

    /// <summary>Runs until cancelled (returns null) or until Discord refuses the bot (returns why).</summary>
    public async Task<DiscordFatalError?> RunAsync(CancellationToken cancellationToken)
    {
        // Handlers stop with the shard, whether it was cancelled or hit a fatal close.
        using var handlers = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var dispatching = _dispatcher.RunAsync(handlers.Token);
        try
        {
            return await ConnectLoopAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _state = ShardState.Stopped;
            await handlers.CancelAsync().ConfigureAwait(false);
            await dispatching.ConfigureAwait(false);
        }
    }

    private async Task<DiscordFatalError?> ConnectLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var resuming = _session.CanResume;
            ConnectionEnd end;
            try
            {
                end = await RunConnectionAsync(resuming, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return null;
            }
#pragma warning disable CA1031 // Worker boundary: whatever broke this connection, the shard logs it and reconnects with back-off.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                GatewayLog.ConnectionFailed(_logger, exception, ShardId);
                end = new ConnectionEnd(ConnectionEndKind.Dropped);
            }

            var decision = Decide(end, resuming);
            if (decision.Action == ReconnectAction.Fatal)
            {
                return new DiscordFatalError(end.CloseCode, decision.FatalMessage!);
            }

            var delay = DelayBefore(end, decision);
            if (decision.Action == ReconnectAction.Identify)
            {
                _session.Reset();
            }

            _state = ShardState.Reconnecting;
            GatewayLog.Reconnecting(_logger, ShardId, end.ToString(), decision.Action == ReconnectAction.Resume ? "resuming" : "identifying", delay);
            try
            {
                await Task.Delay(delay, _context.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return null;
            }
        }

        return null;
    }

    private ReconnectDecision Decide(ConnectionEnd end, bool resuming)
    {
        var decision = end.Kind switch
        {
            ConnectionEndKind.ServerClosed => ReconnectPolicy.Decide(end.CloseCode),
            ConnectionEndKind.InvalidSession => end.Resumable ? ReconnectDecision.Resume : ReconnectDecision.Identify,
            _ => ReconnectDecision.Resume,
        };

        if (resuming && _state != ShardState.Ready && decision.Action == ReconnectAction.Resume
            && ++_failedResumes >= MaxFailedResumes)
        {
            // Resuming keeps failing: the session is probably gone on Discord's side.
            _failedResumes = 0;
            return ReconnectDecision.Identify;
        }

        return decision;
    }

    private TimeSpan DelayBefore(ConnectionEnd end, ReconnectDecision decision)
    {
        var jitter = _context.NextJitter();
        if (end.Kind == ConnectionEndKind.InvalidSession)
        {
            // Discord asks for a random 1-5 s pause after op 9.
            return ReconnectPolicy.InvalidSessionDelay(jitter);
        }

        // The first reconnect after a healthy connection goes at once (op 7, zombie, drop); repeated
        // failures back off exponentially. Identify after a failure waits too: IDENTIFYs are rationed.
        var attempts = _failedConnections;
        return decision.Action == ReconnectAction.Identify && attempts == 0
            ? ReconnectPolicy.InvalidSessionDelay(jitter)
            : ReconnectPolicy.Backoff(attempts, jitter);
    }

    private async Task<ConnectionEnd> RunConnectionAsync(bool resuming, CancellationToken cancellationToken)
    {
        if (!resuming)
        {
            await _context.IdentifyGate.WaitTurnAsync(ShardId, cancellationToken).ConfigureAwait(false);
        }

        // Counted as failed until it reaches READY/RESUMED, which resets the count.
        _failedConnections++;
        _state = ShardState.Connecting;
        var url = GatewayUrl.Build(resuming ? _session.ResumeGatewayUrl! : _context.GatewayUrl);
        GatewayLog.Connecting(_logger, ShardId, url.ToString());

        var transport = _context.TransportFactory.Create();
        await using (transport.ConfigureAwait(false))
        {
            // A WebSocket handshake that never completes would hang the shard as surely as a missing HELLO.
            using var connectTimeout = new CancellationTokenSource(HelloTimeout, _context.TimeProvider);
            using var connecting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, connectTimeout.Token);
            try
            {
                await transport.ConnectAsync(url, connecting.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is WebSocketException or HttpRequestException or IOException)
            {
                return new ConnectionEnd(ConnectionEndKind.Dropped);
            }
            catch (OperationCanceledException) when (connectTimeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                GatewayLog.ConnectTimeout(_logger, ShardId, HelloTimeout);
                return new ConnectionEnd(ConnectionEndKind.Dropped);
            }

            using var connection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var heartbeat = new HeartbeatState();
            _heartbeat = heartbeat;
            var sender = new GatewaySender(transport, new GatewaySendLimiter(_context.TimeProvider), ShardId, _logger);
            var live = new LiveConnection(transport, sender, heartbeat, connection, resuming);
            var helloWatch = WatchForHelloAsync(live);
            try
            {
                return await ReceiveLoopAsync(live, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await connection.CancelAsync().ConfigureAwait(false);
                await helloWatch.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                live.HelloArrived.Dispose();
                if (live.HeartbeatLoop is { } loop)
                {
                    await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            }
        }
    }

    /// <summary>Everything one open connection needs.</summary>
    private sealed record LiveConnection(
        IGatewayTransport Transport,
        GatewaySender Sender,
        HeartbeatState Heartbeat,
        CancellationTokenSource Cancellation,
        bool Resuming)
    {
        public Task? HeartbeatLoop { get; set; }

        /// <summary>Cancelled when HELLO arrives, which stops the HELLO watchdog.</summary>
        public CancellationTokenSource HelloArrived { get; } = CancellationTokenSource.CreateLinkedTokenSource(Cancellation.Token);
    }
}
