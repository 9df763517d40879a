using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Discord.Emulator.Gateway;

/// <summary>
/// One WebSocket connection: reassembles client messages (closing 4002 past 4096 bytes), counts payloads for the 120/60 s
/// limit, serializes sends, and applies the standing faults (frame delay, frame splitting) to everything it sends.
/// </summary>
internal sealed class GatewayConnection(int id, HttpContext context, WebSocket socket, GatewayServer server, bool viaResumeUrl)
{
    private const int MaxClientPayloadBytes = 4096;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Queue<DateTimeOffset> _recentPayloads = new();
    private int _heartbeats;
    // Read once: the HttpContext must not be touched after the request ends.
    private readonly string _query = context.Request.QueryString.Value ?? string.Empty;
    private volatile bool _closing;
    private ITimer? _heartbeatWatch;

    public int Id => id;
    public bool ViaResumeUrl => viaResumeUrl;
    public string Query => _query;
    public GatewaySession? Session { get; set; }
    public string? LastSessionId { get; set; }
    public bool IsOpen { get; private set; } = true;
    public int? CloseCode { get; private set; }
    public bool? ClosedByClient { get; private set; }
    public int HeartbeatsReceived => Volatile.Read(ref _heartbeats);
    public bool IsClosing => _closing;

    public GatewayConnectionInfo ToInfo() =>
        new(id, viaResumeUrl, Query, Session?.Id ?? LastSessionId, IsOpen, CloseCode, ClosedByClient, HeartbeatsReceived);

    public void CountHeartbeat()
    {
        Interlocked.Increment(ref _heartbeats);
        if (server.Options.HeartbeatTimeout is { } timeout)
        {
            _heartbeatWatch?.Change(timeout, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Starts the optional silent-client watch: no heartbeat within the timeout drops the connection.</summary>
    public void WatchHeartbeats()
    {
        if (server.Options.HeartbeatTimeout is { } timeout)
        {
            _heartbeatWatch = server.Time.CreateTimer(_ => Abort(), null, timeout, Timeout.InfiniteTimeSpan);
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open || socket.State == WebSocketState.CloseSent)
            {
                message.SetLength(0);
                WebSocketReceiveResult result;
                var tooLarge = false;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        await OnCloseReceivedAsync().ConfigureAwait(false);
                        return;
                    }

                    if (message.Length + result.Count > MaxClientPayloadBytes)
                    {
                        tooLarge = true;
                    }
                    else
                    {
                        message.Write(buffer, 0, result.Count);
                    }
                }
                while (!result.EndOfMessage);

                if (_closing)
                {
                    continue;
                }

                if (tooLarge || result.MessageType != WebSocketMessageType.Text)
                {
                    // 4002: payloads over 4096 bytes, or not the JSON text we asked for with encoding=json.
                    await CloseAsync(GatewayCloseCodes.DecodeError, "Decode error").ConfigureAwait(false);
                    continue;
                }

                if (!CountPayload())
                {
                    await CloseAsync(GatewayCloseCodes.RateLimited, "Rate limited.").ConfigureAwait(false);
                    continue;
                }

                await server.HandleClientMessageAsync(this, message.ToArray(), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            // The socket was dropped (by the client, a test's silent drop, or shutdown): keep the session resumable.
        }
        finally
        {
            _heartbeatWatch?.Dispose();
            server.OnConnectionEnded(this);

            // Only after the session is detached (its clock starts), so a test that waits for !IsOpen and then
            // advances time sees the resume window run from the drop, not from a later moment.
            IsOpen = false;
        }
    }

    private bool CountPayload()
    {
        var now = server.Time.GetUtcNow();
        while (_recentPayloads.Count > 0 && now - _recentPayloads.Peek() >= server.Options.GatewayPayloadWindow)
        {
            _recentPayloads.Dequeue();
        }

        _recentPayloads.Enqueue(now);
        return _recentPayloads.Count <= server.Options.GatewayPayloadLimit;
    }

    private async Task OnCloseReceivedAsync()
    {
        if (!_closing)
        {
            CloseCode = (int?)socket.CloseStatus;
            ClosedByClient = true;
            server.OnClientClosed(this, CloseCode);
            try
            {
                await socket.CloseOutputAsync(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, socket.CloseStatusDescription, CancellationToken.None)
                    .ConfigureAwait(false);
            }
            catch (WebSocketException)
            {
                // The client may already be gone; nothing to complete.
            }
        }
    }

    public Task SendAsync(int op, JsonNode? data, CancellationToken cancellationToken) =>
        SendPayloadAsync(op, data, null, null, cancellationToken);

    public async Task TrySendDispatchAsync(string eventName, JsonNode data, int sequence, CancellationToken cancellationToken)
    {
        try
        {
            await SendPayloadAsync(0, data, sequence, eventName, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or IOException or InvalidOperationException)
        {
            // The connection died under us; the dispatch stays in the session's replay buffer.
        }
    }

    private async Task SendPayloadAsync(int op, JsonNode? data, int? sequence, string? eventName, CancellationToken cancellationToken)
    {
        var payload = new JsonObject { ["op"] = op, ["d"] = data?.DeepClone(), ["s"] = sequence, ["t"] = eventName };
        var bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_closing || socket.State != WebSocketState.Open)
            {
                return;
            }

            var delay = server.Faults.FrameDelay;
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }

            server.RecordSent(this, op, data, sequence, eventName);
            var frameSize = server.Faults.MaxFrameBytes is > 0 and var size ? size : bytes.Length;
            for (var offset = 0; offset < bytes.Length || offset == 0; offset += frameSize)
            {
                var count = Math.Min(frameSize, bytes.Length - offset);
                var last = offset + count >= bytes.Length;
                await socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, last, cancellationToken).ConfigureAwait(false);
                if (last)
                {
                    break;
                }
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends a close frame with <paramref name="code"/>; the receive loop then waits for the client's close.</summary>
    public async Task CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_closing || socket.State != WebSocketState.Open)
            {
                return;
            }

            _closing = true;
            CloseCode = code;
            ClosedByClient = false;
            server.OnServerClosing(this, code);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token).ConfigureAwait(false);
            _ = AbortIfStillOpenAsync();
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            Abort();
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>A client that never answers our close frame must not hold the connection (and shutdown) forever.</summary>
    private async Task AbortIfStillOpenAsync()
    {
        await Task.Delay(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        Abort();
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Abort()
    {
        _closing = true;
        if (!IsOpen)
        {
            return;
        }

        try
        {
            context.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request already ended: the connection is gone anyway.
        }
    }

    public static JsonObject? TryParse(byte[] utf8)
    {
        try
        {
            return JsonNode.Parse(utf8) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
