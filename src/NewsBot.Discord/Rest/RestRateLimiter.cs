using System.Collections.Concurrent;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Finds the bucket of a route: Discord's bucket hash (learnt from <c>X-RateLimit-Bucket</c>, the route
/// template until then) combined with the major parameter, because limits are counted per channel/guild/webhook.
/// </summary>
internal sealed class RestRateLimiter(TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, string> _bucketHashByTemplate = new(StringComparer.Ordinal);
    private const int PruneThreshold = 1024;
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private int _pruneAt = PruneThreshold;

    public GlobalRateLimiter Global { get; } = new(timeProvider);

    /// <summary>The bucket key a request on <paramref name="route"/> uses now.</summary>
    public string KeyFor(RestRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var hash = _bucketHashByTemplate.TryGetValue(route.Template, out var known) ? known : route.Template;
        return KeyOf(hash, route.MajorParameter);
    }

    /// <summary>Bucket state is per bucket hash and per major parameter (channel, guild, webhook).</summary>
    public static string KeyOf(string bucketHash, string majorParameter) => $"{bucketHash}|{majorParameter}";

    /// <summary>Buckets held now (each interaction and webhook token has its own, so idle ones are dropped now and then).</summary>
    public int BucketCount => _buckets.Count;

    public RateLimitBucket BucketFor(string key)
    {
        if (_buckets.TryGetValue(key, out var bucket))
        {
            return bucket;
        }

        if (_buckets.Count >= Volatile.Read(ref _pruneAt))
        {
            PruneIdleBuckets();
        }

        return _buckets.GetOrAdd(key, _ => new RateLimitBucket(timeProvider));
    }

    /// <summary>
    /// Drops buckets with nothing in flight and nothing to wait for: their next request starts afresh, as Discord's own
    /// count has reset. Without this every interaction answered would leave its buckets behind for the life of the bot.
    /// </summary>
    private void PruneIdleBuckets()
    {
        var now = timeProvider.GetUtcNow();
        foreach (var entry in _buckets)
        {
            if (entry.Value.IsIdle(now))
            {
                _buckets.TryRemove(entry);
            }
        }

        // Busy buckets stay; prune again only when as many new ones have come, so pruning stays linear overall.
        Volatile.Write(ref _pruneAt, Math.Max(PruneThreshold, 2 * _buckets.Count));
    }

    /// <summary>
    /// Records a response: remembers the route's bucket hash, and updates the bucket the request went through
    /// and, when the hash was new, the hash-keyed bucket later requests will use.
    /// </summary>
    public void Complete(RestRoute route, string usedKey, RateLimitHeaders headers, bool heldGate)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(headers);
        var used = BucketFor(usedKey);
        if (headers.Bucket is { Length: > 0 } hash)
        {
            _bucketHashByTemplate[route.Template] = hash;
            var hashedKey = KeyOf(hash, route.MajorParameter);
            if (!string.Equals(hashedKey, usedKey, StringComparison.Ordinal))
            {
                BucketFor(hashedKey).Complete(headers, heldGate: false);
            }
        }

        used.Complete(headers, heldGate);
    }
}
