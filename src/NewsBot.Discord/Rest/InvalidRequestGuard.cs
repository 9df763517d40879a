namespace NewsBot.Discord.Rest;

/// <summary>
/// Counts the responses Discord treats as invalid requests (401, 403, and 429s other than the "shared" scope) over a
/// sliding 10 minutes. Discord bans the sending IP for a while at 10,000 of them: a bot stuck replying into a channel
/// it may not post in would get there on its own. The guard warns once at <see cref="WarnAt"/> and refuses to send at
/// <see cref="PauseAt"/>, until old ones leave the window.
/// </summary>
internal sealed class InvalidRequestGuard(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>A tenth of Discord's limit: far above what a healthy bot produces, early enough to act on.</summary>
    public const int WarnAt = 1_000;

    /// <summary>Half of Discord's limit: the rest is left for other processes sharing the IP.</summary>
    public const int PauseAt = 5_000;

    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly Lock _lock = new();
    private bool _warned;

    public static bool IsInvalid(int statusCode, string? rateLimitScope) =>
        statusCode is 401 or 403 || (statusCode == 429 && !string.Equals(rateLimitScope, "shared", StringComparison.OrdinalIgnoreCase));

    /// <summary>Records one invalid response; true when this one brings the count to <see cref="WarnAt"/> (warn once per busy spell).</summary>
    public bool Record()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            Expire(now);
            _recent.Enqueue(now);
            if (_recent.Count >= WarnAt && !_warned)
            {
                _warned = true;
                return true;
            }

            return false;
        }
    }

    /// <summary>Invalid responses in the last 10 minutes.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                Expire(time.GetUtcNow());
                return _recent.Count;
            }
        }
    }

    public bool Paused => Count >= PauseAt;

    private void Expire(DateTimeOffset now)
    {
        while (_recent.TryPeek(out var oldest) && now - oldest >= Window)
        {
            _recent.Dequeue();
        }

        if (_recent.Count < WarnAt / 2)
        {
            _warned = false;
        }
    }
}
