namespace NewsBot.Discord.Rest;

/// <summary>
/// One rate-limit bucket (bucket hash + major parameter). Until Discord has described it in headers only one
/// request is in flight; afterwards requests go in parallel while <c>remaining</c> lasts, then wait for the reset.
/// </summary>
internal sealed class RateLimitBucket(TimeProvider timeProvider)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _state = new();
    private bool _known;
    private int _limit;
    private int _remaining;
    private DateTimeOffset _resetAt;
    private DateTimeOffset _blockedUntil;

    // The longest reset-after seen: an estimate of the bucket's window for when it rolls over before a response
    // has described the new one. Never under a second, so a rollover can never repeat for every request.
    private TimeSpan _window = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Waits for a slot. Returns true when the caller holds the bucket's gate for the whole request
    /// (unknown bucket) and must pass that to <see cref="Complete"/>.
    /// </summary>
    public async Task<bool> AcquireAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = timeProvider.GetUtcNow();
                var wait = WaitTime(now);
                if (wait <= TimeSpan.Zero)
                {
                    break;
                }

                await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
            }

            if (!_known)
            {
                return true;
            }

            _remaining--;
            _gate.Release();
            return false;
        }
        catch
        {
            _gate.Release();
            throw;
        }
    }

    /// <summary>Records what the response said and releases the gate if this request held it.</summary>
    public void Complete(RateLimitHeaders? headers, bool heldGate)
    {
        if (headers is { Limit: { } limit, Remaining: { } remaining, ResetAfter: { } resetAfter })
        {
            lock (_state)
            {
                _known = true;
                _limit = limit;
                _remaining = remaining;
                _resetAt = timeProvider.GetUtcNow() + resetAfter;
                if (resetAfter > _window)
                {
                    _window = resetAfter;
                }
            }
        }

        if (heldGate)
        {
            _gate.Release();
        }
    }

    /// <summary>True when no request holds or waits for the bucket and its window and any block are over.</summary>
    public bool IsIdle(DateTimeOffset now)
    {
        lock (_state)
        {
            return _gate.CurrentCount == 1 && now >= _blockedUntil && (!_known || now >= _resetAt);
        }
    }

    /// <summary>A 429 for this bucket: nothing goes out before <paramref name="retryAfter"/> has passed.</summary>
    public void Block(TimeSpan retryAfter)
    {
        lock (_state)
        {
            var until = timeProvider.GetUtcNow() + retryAfter;
            if (until > _blockedUntil)
            {
                _blockedUntil = until;
            }

            _remaining = 0;
        }
    }

    private TimeSpan WaitTime(DateTimeOffset now)
    {
        lock (_state)
        {
            if (now < _blockedUntil)
            {
                return _blockedUntil - now;
            }

            if (!_known)
            {
                return TimeSpan.Zero;
            }

            if (now >= _resetAt)
            {
                // The window rolled over: Discord restores the full limit for one window. Until a response describes
                // it, assume it lasts as long as the longest seen; the limit is spent once in it, not on every request.
                _remaining = _limit;
                _resetAt = now + _window;
            }

            return _remaining > 0 ? TimeSpan.Zero : _resetAt - now;
        }
    }
}
