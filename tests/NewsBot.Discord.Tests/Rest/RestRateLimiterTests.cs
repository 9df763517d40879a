using NewsBot.Discord.Rest;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Rest;

public sealed class RestRateLimiterTests
{
    private readonly ObservedTimeProvider _time = new();

    [Fact]
    public void BucketFor_ManyInteractions_DropsIdleBucketsButKeepsOnesStillWaiting()
    {
        var limiter = new RestRateLimiter(_time);
        var blocked = limiter.BucketFor(RestRateLimiter.KeyOf("webhook", "blocked"));
        blocked.Block(TimeSpan.FromMinutes(1));

        // Every interaction answered has its own bucket key: a long-running bot must not keep them all.
        for (var i = 0; i < 5000; i++)
        {
            limiter.BucketFor(RestRateLimiter.KeyOf("interaction", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.InRange(limiter.BucketCount, 2, 1100);
        Assert.Same(blocked, limiter.BucketFor(RestRateLimiter.KeyOf("webhook", "blocked")));
    }
}
