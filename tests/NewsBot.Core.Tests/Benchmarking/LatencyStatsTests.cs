using NewsBot.Core.Benchmarking;

namespace NewsBot.Core.Tests.Benchmarking;

public sealed class LatencyStatsTests
{
    [Fact]
    public void From_OneToHundredMilliseconds_UsesNearestRankPercentiles()
    {
        var durations = Enumerable.Range(1, 100).Reverse().Select(ms => TimeSpan.FromMilliseconds(ms)).ToList();

        var stats = LatencyStats.From(durations, TimeSpan.FromSeconds(2));

        Assert.Equal(50, stats.P50Ms, 6);
        Assert.Equal(95, stats.P95Ms, 6);
        Assert.Equal(99, stats.P99Ms, 6);
        Assert.Equal(100, stats.MaxMs, 6);
        Assert.Equal(50.5, stats.MeanMs, 6);
        Assert.Equal(50, stats.QueriesPerSecond, 6);
    }

    [Fact]
    public void NearestRank_ThreeValues_RoundsTheRankUp()
    {
        // ceil(0.5 × 3) = 2nd smallest; ceil(0.99 × 3) = 3rd.
        Assert.Equal(20, LatencyStats.NearestRank([10, 20, 30], 0.5));
        Assert.Equal(30, LatencyStats.NearestRank([10, 20, 30], 0.99));
    }
}
