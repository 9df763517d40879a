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
    private static readonly TimeSpan IdentifySpacing = TimeSpan.FromSeconds(5);
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Lock _lock = new();
    private readonly Dictionary<int, DateTimeOffset> _nextSlotByKey = [];
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
            _nextSlotByKey[key] = slot + IdentifySpacing;
            _remaining--;
            wait = slot - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }
}
