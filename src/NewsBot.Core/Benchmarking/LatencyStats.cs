namespace NewsBot.Core.Benchmarking;

/// <summary>
/// Latency figures of a timed pass, in milliseconds. Percentiles are nearest rank, as the workload defines them: the
/// ceil(p × n)-th smallest value. <see cref="QueriesPerSecond"/> is the count divided by the wall time of the pass.
/// </summary>
public sealed record LatencyStats(int Count, double MeanMs, double P50Ms, double P95Ms, double P99Ms, double MaxMs, double WallSeconds, double QueriesPerSecond)
{
    /// <summary>Figures from per-query durations and the wall time of the whole pass.</summary>
    public static LatencyStats From(IReadOnlyCollection<TimeSpan> durations, TimeSpan wall)
    {
        ArgumentNullException.ThrowIfNull(durations);
        if (durations.Count == 0)
        {
            return new LatencyStats(0, 0, 0, 0, 0, 0, wall.TotalSeconds, 0);
        }

        var sorted = durations.Select(d => d.TotalMilliseconds).Order().ToArray();
        return new LatencyStats(
            sorted.Length,
            sorted.Average(),
            NearestRank(sorted, 0.50),
            NearestRank(sorted, 0.95),
            NearestRank(sorted, 0.99),
            sorted[^1],
            wall.TotalSeconds,
            wall > TimeSpan.Zero ? sorted.Length / wall.TotalSeconds : 0);
    }

    /// <summary>The ceil(p × n)-th smallest of sorted values (1-based rank, at least 1).</summary>
    public static double NearestRank(IReadOnlyList<double> sorted, double percentile)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        var rank = (int)Math.Ceiling(percentile * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
