using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Indexing;

namespace NewsBot.Core.Tests.Indexing;

public sealed class ProgressThrottleTests
{
    [Fact]
    public void Report_Bursts_AreForwardedAtMostEveryIntervalPlusForcedReports()
    {
        var time = new FakeTimeProvider();
        var seen = new List<IndexBuildProgress>();
        var throttle = new ProgressThrottle(new Collector(seen), time);

        throttle.Report(0, 10, 0);
        for (var i = 1; i <= 5; i++)
        {
            throttle.Report(i, 10, i);
        }

        time.Advance(ProgressThrottle.Interval);
        throttle.Report(6, 10, 6);
        throttle.Report(7, 10, 7);
        throttle.Report(10, 10, 10, force: true);

        Assert.Equal([0, 6, 10], seen.Select(p => p.FilesDone));
    }

    private sealed class Collector(List<IndexBuildProgress> seen) : IProgress<IndexBuildProgress>
    {
        public void Report(IndexBuildProgress value) => seen.Add(value);
    }
}
