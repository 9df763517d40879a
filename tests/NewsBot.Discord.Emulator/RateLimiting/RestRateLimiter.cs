using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Discord.Emulator.RateLimiting;

/// <summary>
/// Per-route buckets keyed by bucket hash + major parameter, the global per-second limit, and test-forced 429s/5xx.
/// A forced user or global 429 also holds the bucket (or the whole bot) closed for its <c>retry_after</c>, so a client
/// that retries early is refused again, as Discord would.
/// </summary>
internal sealed class RestRateLimiter(EmulatorOptions options, TimeProvider time)
{
    private readonly Lock _sync = new();
    private readonly Dictionary<(string Bucket, string Major), BucketState> _buckets = [];
    private readonly List<ForcedFault> _forced = [];
    private DateTimeOffset _globalWindowEnds;
    private int _globalCount;
    private DateTimeOffset _globalBlockedUntil;

    public void Force(ForcedFault fault)
    {
        lock (_sync)
        {
            _forced.Add(fault);
        }
    }

    /// <summary>A queued 5xx for this route, if any (consumes one).</summary>
    public int? TakeServerError(string routeKey) => Take(routeKey, server: true)?.StatusCode;

    public RateLimitDecision Evaluate(string routeKey, string major, bool globalExempt)
    {
        var rule = options.RouteRateLimits.GetValueOrDefault(routeKey) ?? options.DefaultRouteRateLimit;
        var bucket = rule.Bucket ?? HashOf(routeKey);
        var now = time.GetUtcNow();
        lock (_sync)
        {
            var state = _buckets.TryGetValue((bucket, major), out var existing) ? existing : null;
            if (state is null || now >= state.ResetAt)
            {
                state = new BucketState { Remaining = rule.Limit, ResetAt = now + rule.Window };
                _buckets[(bucket, major)] = state;
            }

            if (Take(routeKey, server: false) is { } forced)
            {
                var scope = forced.Scope ?? RateLimitScope.User;
                if (scope == RateLimitScope.User)
                {
                    state.Remaining = 0;
                    state.ResetAt = now + forced.RetryAfter;
                }
                else if (scope == RateLimitScope.Global)
                {
                    _globalBlockedUntil = now + forced.RetryAfter;
                }

                return Refuse(bucket, rule.Limit, state, scope, forced.RetryAfter, now);
            }

            if (!globalExempt)
            {
                if (now < _globalBlockedUntil)
                {
                    return Refuse(bucket, rule.Limit, state, RateLimitScope.Global, _globalBlockedUntil - now, now);
                }

                if (now >= _globalWindowEnds)
                {
                    _globalWindowEnds = now + TimeSpan.FromSeconds(1);
                    _globalCount = 0;
                }

                if (_globalCount >= options.GlobalRateLimitPerSecond)
                {
                    return Refuse(bucket, rule.Limit, state, RateLimitScope.Global, _globalWindowEnds - now, now);
                }

                _globalCount++;
            }

            if (state.Remaining <= 0)
            {
                return Refuse(bucket, rule.Limit, state, RateLimitScope.User, state.ResetAt - now, now);
            }

            state.Remaining--;
            return new RateLimitDecision(true, bucket, rule.Limit, state.Remaining, state.ResetAt, state.ResetAt - now);
        }
    }

    private static RateLimitDecision Refuse(string bucket, int limit, BucketState state, RateLimitScope scope, TimeSpan retryAfter, DateTimeOffset now) =>
        new(false, bucket, limit, scope == RateLimitScope.User ? 0 : state.Remaining, scope == RateLimitScope.User ? state.ResetAt : now + retryAfter,
            scope == RateLimitScope.User ? state.ResetAt - now : retryAfter, scope, retryAfter < TimeSpan.Zero ? TimeSpan.Zero : retryAfter,
            IncludeBucketHeaders: scope != RateLimitScope.Global);

    private ForcedFault? Take(string routeKey, bool server)
    {
        lock (_sync)
        {
            var fault = _forced.FirstOrDefault(candidate => candidate.Matches(routeKey) && (candidate.StatusCode != 0) == server);
            if (fault is null)
            {
                return null;
            }

            if (--fault.Remaining <= 0)
            {
                _forced.Remove(fault);
            }

            return fault;
        }
    }

    private static string HashOf(string routeKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(routeKey)))[..32];

    private sealed class BucketState
    {
        public int Remaining { get; set; }
        public DateTimeOffset ResetAt { get; set; }
    }
}
