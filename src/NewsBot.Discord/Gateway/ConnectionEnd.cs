namespace NewsBot.Discord.Gateway;

/// <summary>Why one gateway connection ended.</summary>
internal enum ConnectionEndKind
{
    /// <summary>The server sent a close frame (see <see cref="ConnectionEnd.CloseCode"/>).</summary>
    ServerClosed,

    /// <summary>The socket failed or closed without a code.</summary>
    Dropped,

    /// <summary>A heartbeat was not acknowledged before the next was due.</summary>
    Zombie,

    /// <summary>The server asked for a reconnect (op 7).</summary>
    ReconnectRequested,

    /// <summary>The server invalidated the session (op 9).</summary>
    InvalidSession,
}

/// <summary>How a connection ended, and whether it had resumed or become ready before.</summary>
internal sealed record ConnectionEnd(ConnectionEndKind Kind, int? CloseCode = null, bool Resumable = false)
{
    public override string ToString() => Kind switch
    {
        ConnectionEndKind.ServerClosed => $"closed by Discord with {CloseCode}",
        ConnectionEndKind.Dropped => "connection dropped",
        ConnectionEndKind.Zombie => "no heartbeat ACK",
        ConnectionEndKind.ReconnectRequested => "Discord asked to reconnect (op 7)",
        _ => Resumable ? "session invalidated, resumable (op 9)" : "session invalidated (op 9)",
    };
}
