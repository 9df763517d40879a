using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using NewsBot.Discord.Emulator.State;

namespace NewsBot.Discord.Emulator.Gateway;

/// <summary>
/// The emulated gateway: accepts connections on the gateway and resume URLs, owns sessions, routes dispatches by intent
/// and shard, and carries out the faults a test asks for.
/// </summary>
internal sealed partial class GatewayServer(EmulatorOptions options, EmulatorState state, string botToken)
{
    private readonly Lock _sync = new();
    private readonly Dictionary<string, GatewaySession> _sessions = new(StringComparer.Ordinal);
    private readonly List<GatewayConnection> _connections = [];
    private readonly List<RecordedGatewayPayload> _payloads = [];
    private readonly Dictionary<int, Queue<DateTimeOffset>> _identifiesByKey = [];
    private int _connectionCount;
    private int _identifyCount;
    private int _resumeCount;
    private int _sessionStartsUsed;

    public EmulatorOptions Options => options;
    public TimeProvider Time => state.Time;
    public GatewayFaults Faults { get; } = new();
    public string GatewayUrl { get; set; } = string.Empty;
    public string ResumeUrl { get; set; } = string.Empty;

    public int ConnectionCount => Volatile.Read(ref _connectionCount);
    public int IdentifyCount => Volatile.Read(ref _identifyCount);
    public int ResumeCount => Volatile.Read(ref _resumeCount);
    public int SessionStartsRemaining => Math.Max(0, options.SessionStartLimit - Volatile.Read(ref _sessionStartsUsed));

    public async Task AcceptAsync(HttpContext context, bool viaResumeUrl)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var connection = new GatewayConnection(Interlocked.Increment(ref _connectionCount), context, socket, this, viaResumeUrl);
        lock (_sync)
        {
            _connections.Add(connection);
        }

        state.Changed.Notify();
        var cancellation = context.RequestAborted;
        var query = context.Request.Query;
        if (query["v"] != "10")
        {
            await connection.CloseAsync(GatewayCloseCodes.InvalidApiVersion, "Invalid API version").ConfigureAwait(false);
        }
        else if (query["encoding"] != "json")
        {
            // The emulator speaks JSON only; asking for ETF (or nothing) would make every frame undecodable.
            await connection.CloseAsync(GatewayCloseCodes.DecodeError, "Decode error").ConfigureAwait(false);
        }
        else
        {
            var hello = new JsonObject
            {
                ["heartbeat_interval"] = (long)options.HeartbeatInterval.TotalMilliseconds,
                ["_trace"] = new JsonArray("[\"discord-emulator\",{\"micros\":0}]"),
            };
            await connection.SendAsync(10, hello, cancellation).ConfigureAwait(false);
            connection.WatchHeartbeats();
        }

        await connection.RunAsync(cancellation).ConfigureAwait(false);
    }

    public IReadOnlyList<GatewayConnectionInfo> Connections()
    {
        lock (_sync)
        {
            return _connections.Select(connection => connection.ToInfo()).ToList();
        }
    }

    public IReadOnlyList<RecordedGatewayPayload> Payloads()
    {
        lock (_sync)
        {
            return _payloads.ToList();
        }
    }

    public IReadOnlyList<string> ResumableSessionIds()
    {
        var now = Time.GetUtcNow();
        lock (_sync)
        {
            return _sessions.Values.Where(session => session.IsResumable(now, options.SessionResumeWindow)).Select(session => session.Id).ToList();
        }
    }

    /// <summary>Sends <paramref name="dispatch"/> to every live or resumable session it is meant for.</summary>
    public async Task DispatchAsync(DispatchEvent dispatch, CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        List<GatewaySession> sessions;
        lock (_sync)
        {
            sessions = _sessions.Values.Where(session => session.IsResumable(now, options.SessionResumeWindow)).ToList();
        }

        foreach (var session in sessions)
        {
            if (dispatch.For(session) is { } data)
            {
                await session.DispatchAsync(dispatch.Name, data, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public void RecordSent(GatewayConnection connection, int op, JsonNode? data, int? sequence, string? eventName) =>
        Record(new RecordedGatewayPayload(connection.Id, false, op, data?.DeepClone(), sequence, eventName, Time.GetUtcNow()));

    private void Record(RecordedGatewayPayload payload)
    {
        lock (_sync)
        {
            _payloads.Add(payload);
        }

        state.Changed.Notify();
    }

    public void OnClientClosed(GatewayConnection connection, int? code)
    {
        lock (_sync)
        {
            if (connection.Session is { } session)
            {
                // 1000/1001 from the client ends the session (the bot goes offline); any other code keeps it resumable.
                if (code is 1000 or 1001)
                {
                    session.Invalidate();
                }
                else
                {
                    session.Detach(connection, Time.GetUtcNow());
                }
            }
        }

        state.Changed.Notify();
    }

    public void OnServerClosing(GatewayConnection connection, int code)
    {
        lock (_sync)
        {
            if (connection.Session is { } session)
            {
                if (GatewayCloseCodes.EndsSession(code))
                {
                    session.Invalidate();
                }
                else
                {
                    session.Detach(connection, Time.GetUtcNow());
                }
            }
        }

        state.Changed.Notify();
    }

    public void OnConnectionEnded(GatewayConnection connection)
    {
        lock (_sync)
        {
            connection.Session?.Detach(connection, Time.GetUtcNow());
        }

        state.Changed.Notify();
    }

    /// <summary>Connections a fault applies to: the one with <paramref name="connectionId"/>, or every open one.</summary>
    public List<GatewayConnection> Targets(int? connectionId)
    {
        lock (_sync)
        {
            return _connections.Where(connection => connection.IsOpen && !connection.IsClosing && (connectionId is null || connection.Id == connectionId)).ToList();
        }
    }

    public async Task SendInvalidSessionAsync(bool resumable, int? connectionId, CancellationToken cancellationToken)
    {
        foreach (var connection in Targets(connectionId))
        {
            lock (_sync)
            {
                if (connection.Session is { } session)
                {
                    if (resumable)
                    {
                        session.Detach(connection, Time.GetUtcNow());
                    }
                    else
                    {
                        session.Invalidate();
                    }

                    connection.Session = null;
                }
            }

            await connection.SendAsync(9, resumable, cancellationToken).ConfigureAwait(false);
        }
    }

    public void AbortAll()
    {
        foreach (var connection in Targets(null))
        {
            connection.Abort();
        }
    }
}
