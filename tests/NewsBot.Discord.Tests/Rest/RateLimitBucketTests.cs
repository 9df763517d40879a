using NewsBot.Discord.Rest;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Rest;

public sealed class RateLimitBucketTests
{
    private readonly ObservedTimeProvider _time = new();

    [Fact]
    public async Task Acquire_AfterTheWindowRollsOver_LetsTheLimitThroughOnceThenWaitsForTheNextWindow()
    {
        var bucket = new RateLimitBucket(_time);
        var start = _time.GetUtcNow();
        Assert.True(await bucket.AcquireAsync(CancellationToken.None));
        bucket.Complete(Headers(limit: 2, remaining: 1, resetAfter: TimeSpan.FromSeconds(2)), heldGate: true);
        Assert.False(await bucket.AcquireAsync(CancellationToken.None));

        // The window has passed and no response has described the new one yet: two more, not an unlimited number.
        _time.Advance(TimeSpan.FromSeconds(2));
        await bucket.AcquireAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        await bucket.AcquireAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        var third = bucket.AcquireAsync(CancellationToken.None);
        await _time.WaitForTimerAsync(start + TimeSpan.FromSeconds(4));
        Assert.False(third.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(2));
        await third.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static RateLimitHeaders Headers(int limit, int remaining, TimeSpan resetAfter) =>
        new("bucket", limit, remaining, resetAfter, Global: false, Scope: "user", RetryAfterHeader: null);
}
