using System.Net.WebSockets;
using System.Text.Json;
using NewsBot.Discord.Serialization;

namespace NewsBot.Discord.Gateway;

internal sealed partial class ShardConnection
{
    // Close code for leaving a connection while keeping the session resumable (never 1000/1001).
    private const int ResumableCloseCode = 4000;

    private async Task<ConnectionEnd> ReceiveLoopAsync(LiveConnection live, CancellationToken cancellationToken)
    {
        while (true)
        {
            GatewayReceiveResult received;
            try
            {
                received = await live.Transport.ReceiveAsync(live.Cancellation.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return live.Heartbeat.ZombieDetected ? new ConnectionEnd(ConnectionEndKind.Zombie) : new ConnectionEnd(ConnectionEndKind.Dropped);
            }
            catch (Exception exception) when (exception is WebSocketException or IOException)
            {
                return live.Heartbeat.ZombieDetected ? new ConnectionEnd(ConnectionEndKind.Zombie) : new ConnectionEnd(ConnectionEndKind.Dropped);
            }

            if (received.Closed)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                return live.Heartbeat.ZombieDetected ? new ConnectionEnd(ConnectionEndKind.Zombie)
                    : received.CloseCode is { } code ? new ConnectionEnd(ConnectionEndKind.ServerClosed, code)
                    : new ConnectionEnd(ConnectionEndKind.Dropped);
            }

            GatewayPayload? payload;
            try
            {
                payload = JsonSerializer.Deserialize(received.Message.Span, DiscordJsonContext.Default.GatewayPayload);
            }
            catch (JsonException exception)
            {
                GatewayLog.UnreadablePayload(_logger, exception, ShardId, "gateway frame");
                continue;
            }

            if (payload is null)
            {
                continue;
            }

            GatewayLog.Received(_logger, ShardId, payload.Op, payload.T, payload.S);
            if (await HandleAsync(live, payload, cancellationToken).ConfigureAwait(false) is { } end)
            {
                return end;
            }
        }
    }

    /// <summary>Handles one payload; returns how the connection ends when it must end.</summary>
    private async Task<ConnectionEnd?> HandleAsync(LiveConnection live, GatewayPayload payload, CancellationToken cancellationToken)
    {
        switch (payload.Op)
        {
            case GatewayOpcode.Hello:
                await HandleHelloAsync(live, payload.D, cancellationToken).ConfigureAwait(false);
                return null;

            case GatewayOpcode.HeartbeatAck:
                live.Heartbeat.Acknowledge(_context.TimeProvider.GetUtcNow());
                return null;

            case GatewayOpcode.Heartbeat:
                // Discord asked for a beat: answer at once, outside the schedule and the zombie check.
                await live.Sender.SendHeartbeatAsync(_session.Sequence, cancellationToken).ConfigureAwait(false);
                return null;

            case GatewayOpcode.Dispatch:
                _session.Observe(payload.S);
                HandleDispatch(payload.T, payload.D);
                return null;

            case GatewayOpcode.Reconnect:
                await CloseQuietlyAsync(live.Transport).ConfigureAwait(false);
                return new ConnectionEnd(ConnectionEndKind.ReconnectRequested);

            case GatewayOpcode.InvalidSession:
                await CloseQuietlyAsync(live.Transport).ConfigureAwait(false);
                return new ConnectionEnd(ConnectionEndKind.InvalidSession, Resumable: payload.D.ValueKind == JsonValueKind.True);

            default:
                return null;
        }
    }

    private async Task HandleHelloAsync(LiveConnection live, JsonElement data, CancellationToken cancellationToken)
    {
        if (live.HeartbeatLoop is not null)
        {
            // One handshake per connection: a second IDENTIFY would be closed with 4005 Already authenticated.
            return;
        }

        await live.HelloArrived.CancelAsync().ConfigureAwait(false);
        var hello = data.Deserialize(DiscordJsonContext.Default.HelloData);
        var interval = TimeSpan.FromMilliseconds(hello?.HeartbeatInterval is > 0 ? hello.HeartbeatInterval : 41250);
        live.HeartbeatLoop = HeartbeatLoopAsync(live, interval);

        if (live.Resuming)
        {
            _state = ShardState.Resuming;
            await live.Sender.SendResumeAsync(new ResumeData(_context.Token, _session.SessionId!, _session.Sequence), cancellationToken).ConfigureAwait(false);
            GatewayLog.Handshake(_logger, ShardId, "RESUME", _context.ShardCount, _context.Intents);
            return;
        }

        _state = ShardState.Identifying;
        await _context.IdentifyGate.WaitToSendAsync(ShardId, cancellationToken).ConfigureAwait(false);
        var identify = new IdentifyData(
            _context.Token,
            _context.Intents,
            new IdentifyProperties(Environment.OSVersion.Platform.ToString(), "NewsBot.Discord", "NewsBot.Discord"),
            [ShardId, _context.ShardCount]);
        await live.Sender.SendIdentifyAsync(identify, cancellationToken).ConfigureAwait(false);
        GatewayLog.Handshake(_logger, ShardId, "IDENTIFY", _context.ShardCount, _context.Intents);
    }

    /// <summary>
    /// First beat after interval × jitter (so shards do not beat in step), then one per interval. A beat that is
    /// due while the previous is still un-ACKed means the connection is a zombie: abort it and resume.
    /// </summary>
    private async Task HeartbeatLoopAsync(LiveConnection live, TimeSpan interval)
    {
        var token = live.Cancellation.Token;
        var time = _context.TimeProvider;
        await Task.Delay(interval * _context.NextJitter(), time, token).ConfigureAwait(false);
        while (!token.IsCancellationRequested)
        {
            if (!live.Heartbeat.TryBeginBeat(time.GetUtcNow()))
            {
                GatewayLog.Zombie(_logger, ShardId, interval);
                live.Transport.Abort();
                await live.Cancellation.CancelAsync().ConfigureAwait(false);
                return;
            }

            await live.Sender.SendHeartbeatAsync(_session.Sequence, token).ConfigureAwait(false);
            await Task.Delay(interval, time, token).ConfigureAwait(false);
        }
    }

    /// <summary>Ends the connection (to reconnect) when no HELLO arrives within <see cref="HelloTimeout"/>.</summary>
    private async Task WatchForHelloAsync(LiveConnection live)
    {
        try
        {
            await Task.Delay(HelloTimeout, _context.TimeProvider, live.HelloArrived.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return; // HELLO came, or the connection ended first.
        }

        GatewayLog.HelloTimeout(_logger, ShardId, HelloTimeout);
        live.Transport.Abort();
        await live.Cancellation.CancelAsync().ConfigureAwait(false);
    }

    private async Task CloseQuietlyAsync(IGatewayTransport transport)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5), _context.TimeProvider);
        try
        {
            await transport.CloseAsync(ResumableCloseCode, "reconnecting", timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException)
        {
            // The socket is going away anyway; the next connection is what matters.
            transport.Abort();
        }
    }
}
