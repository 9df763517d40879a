using Microsoft.Extensions.Logging;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Shared by all shards of a process: at most <c>max_concurrency</c> IDENTIFYs per 5 s (one per rate-limit
/// key <c>shard_id % max_concurrency</c>), and none once <c>session_start_limit.remaining</c> is used up until
/// it resets, because exhausting it makes Discord reset the bot token.
/// </summary>
internal sealed class IdentifyGate
{
    /// <summary>
    /// Discord allows one IDENTIFY per 5 s per key, measured when it receives them; network latency varies between
    /// two connections, so a quarter second of margin keeps that jitter from turning into an op 9.
    /// </summary>
    public static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5.25);
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Lock _lock = new();
    private readonly Dictionary<int, DateTimeOffset> _nextSlotByKey = [];
    private readonly Dictionary<int, DateTimeOffset> _lastSentByKey = [];
    private readonly int _maxConcurrency;
    private readonly int _total;
    private int _remaining;
    private DateTimeOffset _resetAt;

    public IdentifyGate(TimeProvider timeProvider, SessionStartLimit limit, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(limit);
        _timeProvider = timeProvider;
        _logger = logger;
        _maxConcurrency = Math.Max(1, limit.MaxConcurrency);
        _total = Math.Max(1, limit.Total);
        _remaining = limit.Remaining;
        _resetAt = timeProvider.GetUtcNow() + TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
    }

    /// <summary>Waits until shard <paramref name="shardId"/> may identify, and books that identify.</summary>
    public async Task WaitTurnAsync(int shardId, CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_lock)
        {
            var now = _timeProvider.GetUtcNow();
            if (now >= _resetAt)
            {
                // The 24-hour window rolled over: the full allowance is back.
                _remaining = _total;
                _resetAt = now + TimeSpan.FromDays(1);
            }

            var earliest = now;
            if (_remaining <= 0)
            {
                GatewayLog.SessionStartLimitReached(_logger, shardId, _resetAt - now);
                earliest = _resetAt;
                _remaining = _total;
                _resetAt += TimeSpan.FromDays(1);
            }

            var key = shardId % _maxConcurrency;
            var slot = _nextSlotByKey.TryGetValue(key, out var next) && next > earliest ? next : earliest;
            _nextSlotByKey[key] = slot + Spacing;
            _remaining--;
            wait = slot - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Called right before the IDENTIFY goes out. The slot was booked before connecting; connecting takes
    /// varying time, so two IDENTIFYs could still land less than 5 s apart. This waits out any remainder
    /// measured from the previous actual send of the same key, then records this send.
    /// </summary>
    public async Task WaitToSendAsync(int shardId, CancellationToken cancellationToken)
    {
        var key = shardId % _maxConcurrency;
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = _timeProvider.GetUtcNow();
                wait = _lastSentByKey.TryGetValue(key, out var last) ? last + Spacing - now : TimeSpan.Zero;
                if (wait <= TimeSpan.Zero)
                {
                    _lastSentByKey[key] = now;
                    return;
                }
            }

            await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }
}
