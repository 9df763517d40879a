namespace NewsBot.Discord.Gateway;

/// <summary>
/// Heartbeat bookkeeping of one connection (a new one per connection, so a stale "awaiting ACK" from a dead
/// socket never trips the zombie check on the next).
/// </summary>
internal sealed class HeartbeatState
{
    private readonly Lock _lock = new();
    private DateTimeOffset _lastSent;

    /// <summary>A scheduled heartbeat went out and no ACK came back yet.</summary>
    public bool AwaitingAck { get; private set; }

    /// <summary>Round trip of the last acknowledged heartbeat.</summary>
    public TimeSpan? Latency { get; private set; }

    /// <summary>The zombie check fired on this connection.</summary>
    public bool ZombieDetected { get; private set; }

    /// <summary>Called before a scheduled heartbeat: false means the previous one was never ACKed (zombie).</summary>
    public bool TryBeginBeat(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (AwaitingAck)
            {
                ZombieDetected = true;
                return false;
            }

            AwaitingAck = true;
            _lastSent = now;
            return true;
        }
    }

    public void Acknowledge(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (AwaitingAck)
            {
                Latency = now - _lastSent;
            }

            AwaitingAck = false;
        }
    }
}
