using System.Buffers;
using System.Net.WebSockets;

namespace NewsBot.Discord.Gateway;

/// <summary>The real transport: a <see cref="ClientWebSocket"/> (single use) with frame reassembly.</summary>
internal sealed class WebSocketGatewayTransport : IGatewayTransport
{
    // Large READY/GUILD_CREATE payloads arrive in many frames; read in 16 KiB chunks until EndOfMessage.
    private const int ChunkSize = 16 * 1024;
    private readonly ClientWebSocket _socket = new();

    public WebSocketGatewayTransport()
    {
        // WebSocket pings are unrelated to Discord heartbeats; Discord's own heartbeat does that job.
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
    }

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken) => _socket.ConnectAsync(uri, cancellationToken);

    public async Task SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken) =>
        await _socket.SendAsync(utf8Json, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);

    public async Task<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken)
    {
        var message = new ArrayBufferWriter<byte>(ChunkSize);
        while (true)
        {
            var result = await _socket.ReceiveAsync(message.GetMemory(ChunkSize), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return GatewayReceiveResult.Close((int?)_socket.CloseStatus);
            }

            message.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return GatewayReceiveResult.Text(message.WrittenMemory);
            }
        }
    }

    public async Task CloseAsync(int closeCode, string reason, CancellationToken cancellationToken)
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            // CloseOutput sends our close frame without waiting for the server's reply.
            await _socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, reason, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Abort() => _socket.Abort();

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
