namespace NewsBot.Discord.Rest;

/// <summary>
/// The bot-wide limit: at most 50 requests in any second, and nothing at all while a global 429 lasts.
/// Interaction routes bypass it entirely, so they never queue behind it.
/// </summary>
internal sealed class GlobalRateLimiter(TimeProvider timeProvider, int requestsPerSecond = 50)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _recent = new();
    private DateTimeOffset _blockedUntil;

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryTake();
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A global 429: every non-interaction request waits <paramref name="retryAfter"/>.</summary>
    public void Block(TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var until = timeProvider.GetUtcNow() + retryAfter;
            if (until > _blockedUntil)
            {
                _blockedUntil = until;
            }
        }
    }

    private TimeSpan TryTake()
    {
        lock (_lock)
        {
            var now = timeProvider.GetUtcNow();
            if (now < _blockedUntil)
            {
                return _blockedUntil - now;
            }

            while (_recent.Count > 0 && now - _recent.Peek() >= Window)
            {
                _recent.Dequeue();
            }

            if (_recent.Count >= requestsPerSecond)
            {
                return _recent.Peek() + Window - now;
            }

            _recent.Enqueue(now);
            return TimeSpan.Zero;
        }
    }
}
