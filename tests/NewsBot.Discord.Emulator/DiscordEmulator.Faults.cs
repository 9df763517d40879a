using NewsBot.Discord.Emulator.RateLimiting;

namespace NewsBot.Discord.Emulator;

/// <summary>Fault injection: gateway opcodes, closes, drops, heartbeat and frame faults, forced 429s and 5xx.</summary>
public sealed partial class DiscordEmulator
{
    /// <summary>Sends op 7 RECONNECT to one connection (or every open one). The socket stays open; the client should close and resume.</summary>
    public async Task SendReconnectAsync(int? connectionId = null, CancellationToken cancellationToken = default)
    {
        foreach (var connection in _gateway.Targets(connectionId))
        {
            await connection.SendAsync(7, null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends op 9 INVALID_SESSION. <paramref name="resumable"/> false ends the session; true keeps it resumable.</summary>
    public Task SendInvalidSessionAsync(bool resumable, int? connectionId = null, CancellationToken cancellationToken = default) =>
        _gateway.SendInvalidSessionAsync(resumable, connectionId, cancellationToken);

    /// <summary>Sends op 1 (a heartbeat request); the client must answer with a heartbeat at once.</summary>
    public async Task RequestHeartbeatAsync(int? connectionId = null, CancellationToken cancellationToken = default)
    {
        foreach (var connection in _gateway.Targets(connectionId))
        {
            await connection.SendAsync(1, null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Closes with any code (4000–4014 Discord's, 1000/1001 end the session, others keep it resumable unless listed as session-ending).</summary>
    public async Task CloseGatewayAsync(int closeCode, string reason = "Closed by test", int? connectionId = null)
    {
        foreach (var connection in _gateway.Targets(connectionId))
        {
            await connection.CloseAsync(closeCode, reason).ConfigureAwait(false);
        }
    }

    /// <summary>Drops the TCP connection without a close frame (the client sees an abrupt end; the session stays resumable).</summary>
    public void DropGatewayConnections(int? connectionId = null)
    {
        foreach (var connection in _gateway.Targets(connectionId))
        {
            connection.Abort();
        }
    }

    /// <summary>Whether heartbeats get op 11. Switch off to make the client detect a zombie connection.</summary>
    public bool AckHeartbeats
    {
        get => _gateway.Faults.AckHeartbeats;
        set => _gateway.Faults.AckHeartbeats = value;
    }

    /// <summary>Delay before every frame the emulator sends (real time), e.g. to provoke client timeouts.</summary>
    public TimeSpan GatewayFrameDelay
    {
        get => _gateway.Faults.FrameDelay;
        set => _gateway.Faults.FrameDelay = value;
    }

    /// <summary>0 (default) sends each payload in one WebSocket frame; a positive size splits payloads into frames of at most that many bytes.</summary>
    public int GatewayMaxFrameBytes
    {
        get => _gateway.Faults.MaxFrameBytes;
        set => _gateway.Faults.MaxFrameBytes = value;
    }

    /// <summary>
    /// Answers the next <paramref name="count"/> requests to <paramref name="routeKey"/> (see <see cref="EmulatorRoutes"/>; null = any
    /// route) with 429: <c>Retry-After</c> (whole seconds), float <c>retry_after</c>, <c>X-RateLimit-Scope</c> and for global scope
    /// <c>X-RateLimit-Global</c>. User scope also keeps that bucket closed, and global scope the whole bot, for <paramref name="retryAfter"/>.
    /// </summary>
    public void ForceRateLimit(string? routeKey, TimeSpan retryAfter, RateLimitScope scope = RateLimitScope.User, int count = 1) =>
        _rateLimiter.Force(new ForcedFault { RouteKey = routeKey, Remaining = count, Scope = scope, RetryAfter = retryAfter });

    /// <summary>Answers the next <paramref name="count"/> requests to <paramref name="routeKey"/> (null = any) with <paramref name="statusCode"/> (502 comes as HTML, like Discord's edge).</summary>
    public void ForceServerError(string? routeKey, int statusCode = 502, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 500);
        _rateLimiter.Force(new ForcedFault { RouteKey = routeKey, Remaining = count, StatusCode = statusCode });
    }
}
