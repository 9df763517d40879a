namespace NewsBot.Discord.Gateway;

/// <summary>
/// One gateway connection's socket, reduced to whole text messages. The real one wraps a
/// <see cref="System.Net.WebSockets.ClientWebSocket"/>; unit tests script one.
/// </summary>
internal interface IGatewayTransport : IAsyncDisposable
{
    /// <summary>Opens the connection to <paramref name="uri"/>.</summary>
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken);

    /// <summary>Sends one text message (the caller serializes sends).</summary>
    Task SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken);

    /// <summary>Receives one whole message (reassembled from its frames), or a close.</summary>
    Task<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Closes with <paramref name="closeCode"/>: 1000 ends the session, 4000 keeps it resumable.</summary>
    Task CloseAsync(int closeCode, string reason, CancellationToken cancellationToken);

    /// <summary>Drops the connection at once (used for zombie connections).</summary>
    void Abort();
}
