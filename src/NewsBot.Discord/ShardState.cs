namespace NewsBot.Discord;

/// <summary>Where a shard's connection stands.</summary>
public enum ShardState
{
    /// <summary>Not started yet.</summary>
    NotStarted,

    /// <summary>Opening the WebSocket.</summary>
    Connecting,

    /// <summary>Sent IDENTIFY, waiting for READY.</summary>
    Identifying,

    /// <summary>Sent RESUME, waiting for RESUMED.</summary>
    Resuming,

    /// <summary>Receiving events.</summary>
    Ready,

    /// <summary>Lost the connection; waiting before reconnecting.</summary>
    Reconnecting,

    /// <summary>Stopped (cancelled or fatal error).</summary>
    Stopped,
}
