namespace NewsBot.Discord.Gateway;

/// <summary>
/// Keeps one connection under Discord's 120 payloads per 60 s (with margin: 115). Heartbeats, IDENTIFY and
/// RESUME may use the whole allowance; other payloads leave <c>reservedForPriority</c> slots free for them, so
/// a burst of ordinary sends can never delay a heartbeat into a zombie close.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider timeProvider, int limit = 115, int reservedForPriority = 5, TimeSpan? window = null)
{
    private readonly TimeSpan _window = window ?? TimeSpan.FromSeconds(60);
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _sent = new();

    public int Limit => limit;

    /// <summary>Waits until a payload of the given priority may go out, and counts it.</summary>
    public async Task AcquireAsync(bool priority, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryAcquire(priority);
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Counts a payload and returns zero, or returns how long to wait before asking again.</summary>
    public TimeSpan TryAcquire(bool priority)
    {
        lock (_lock)
        {
            var now = timeProvider.GetUtcNow();
            while (_sent.Count > 0 && now - _sent.Peek() >= _window)
            {
                _sent.Dequeue();
            }

            var allowance = priority ? limit : limit - reservedForPriority;
            if (_sent.Count < allowance)
            {
                _sent.Enqueue(now);
                return TimeSpan.Zero;
            }

            // The oldest send leaving the window frees the next slot.
            return _sent.ElementAt(_sent.Count - allowance) + _window - now;
        }
    }
}
