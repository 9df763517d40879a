using System.Diagnostics;
using NewsBot.Core.Answering;

namespace NewsBot.Core.Benchmarking;

/// <summary>
/// Asks every query of a set once, timing each on its own (the full answer: analysis, search, quote selection, text).
/// With several threads the askers share one engine and split the list, so each query still runs once.
/// </summary>
internal static class QueryPass
{
    public static QueryPassFigures Run(IQuestionAnswerer answerer, QuerySet set, int threads, CancellationToken cancellationToken)
    {
        var durations = new TimeSpan[set.Queries.Count];
        var answered = new bool[set.Queries.Count];
        var failed = 0;
        var next = -1;
        var wall = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < set.Queries.Count && !cancellationToken.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    answered[i] = answerer.Ask(set.Queries[i]).Answered;
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    Interlocked.Increment(ref failed);
                }

                durations[i] = Stopwatch.GetElapsedTime(started);
            }
        })
        { IsBackground = true, Name = "bench-asker" }).ToList();
        workers.ForEach(worker => worker.Start());
        workers.ForEach(worker => worker.Join());
        wall.Stop();
        cancellationToken.ThrowIfCancellationRequested();
        return new QueryPassFigures(set.Name, threads, LatencyStats.From(durations, wall.Elapsed), answered.Count(a => a), failed);
    }

    /// <summary>An untimed pass, so the timed one sees warm code, caches and page cache.</summary>
    public static void WarmUp(IQuestionAnswerer answerer, QuerySet set, CancellationToken cancellationToken)
    {
        foreach (var query in set.Queries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            answerer.Ask(query);
        }
    }
}
