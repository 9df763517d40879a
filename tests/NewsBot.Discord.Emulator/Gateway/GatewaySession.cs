using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator.Gateway;

/// <summary>
/// A gateway session: its own sequence numbers from 1, a replay buffer for RESUME, and at most one attached connection.
/// Dispatches to a detached session are still numbered and buffered so a later RESUME can replay them in order.
/// </summary>
internal sealed class GatewaySession(string id, long intents, int shardId, int shardCount, int bufferSize)
{
    private readonly SemaphoreSlim _dispatchLock = new(1, 1);
    private readonly LinkedList<(int Sequence, string EventName, JsonNode Data)> _buffer = new();
    private int _sequence;

    public string Id => id;
    public long Intents => intents;
    public int ShardId => shardId;
    public int ShardCount => shardCount;
    public GatewayConnection? Connection { get; private set; }
    public DateTimeOffset? DetachedAt { get; private set; }
    public bool IsInvalidated { get; private set; }
    public int Sequence => Volatile.Read(ref _sequence);

    public bool IsResumable(DateTimeOffset now, TimeSpan window) =>
        !IsInvalidated && (DetachedAt is not { } detached || now - detached <= window);

    public void Attach(GatewayConnection connection)
    {
        Connection = connection;
        DetachedAt = null;
    }

    /// <summary>Forgets <paramref name="connection"/> if it is the attached one; the session stays resumable.</summary>
    public void Detach(GatewayConnection connection, DateTimeOffset now)
    {
        if (ReferenceEquals(Connection, connection))
        {
            Connection = null;
            DetachedAt = now;
        }
    }

    public void Invalidate()
    {
        IsInvalidated = true;
        Connection = null;
    }

    /// <summary>Numbers, buffers and (if attached) sends one dispatch, keeping order across concurrent callers.</summary>
    public async Task DispatchAsync(string eventName, JsonNode data, CancellationToken cancellationToken)
    {
        await _dispatchLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (IsInvalidated)
            {
                return;
            }

            var sequence = ++_sequence;
            _buffer.AddLast((sequence, eventName, data));
            while (_buffer.Count > bufferSize)
            {
                _buffer.RemoveFirst();
            }

            if (Connection is { } connection)
            {
                await connection.TrySendDispatchAsync(eventName, data, sequence, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _dispatchLock.Release();
        }
    }

    /// <summary>
    /// Attaches <paramref name="connection"/>, replays every dispatch after <paramref name="lastSequence"/>, then sends RESUMED.
    /// Returns false (and changes nothing) when the buffer no longer holds what the client missed.
    /// </summary>
    public async Task<bool> ResumeAsync(GatewayConnection connection, int lastSequence, JsonNode resumedData, CancellationToken cancellationToken)
    {
        await _dispatchLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var oldest = _buffer.First?.Value.Sequence ?? _sequence + 1;
            if (IsInvalidated || lastSequence + 1 < oldest)
            {
                return false;
            }

            Attach(connection);
            foreach (var (sequence, eventName, data) in _buffer.Where(entry => entry.Sequence > lastSequence).ToList())
            {
                await connection.TrySendDispatchAsync(eventName, data, sequence, cancellationToken).ConfigureAwait(false);
            }

            var resumedSequence = ++_sequence;
            _buffer.AddLast((resumedSequence, "RESUMED", resumedData));
            await connection.TrySendDispatchAsync("RESUMED", resumedData, resumedSequence, cancellationToken).ConfigureAwait(false);
            return true;
        }
        finally
        {
            _dispatchLock.Release();
        }
    }
}
