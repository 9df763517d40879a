using System.Collections.Concurrent;
using System.Diagnostics;
using NewsBot.Core.Answering;
using NewsBot.Core.Indexing;

namespace NewsBot.Core.Benchmarking;

/// <summary>
/// Rebuilds the live index while askers on other threads keep asking, round-robin over the queries, until the rebuild
/// ends. A question fails when it throws, or when its answer carries a note the same question did not get before the
/// rebuild (such as "the index is not ready"): the corpus is the same, so only a serving gap could add one.
/// </summary>
internal static class ReindexUnderLoad
{
    public static async Task<ReindexUnderLoadFigures> RunAsync(NewsIndex index, IQuestionAnswerer answerer, IReadOnlyList<string> queries,
        int scale, int askers, CancellationToken cancellationToken)
    {
        var baseline = queries.Distinct(StringComparer.Ordinal).ToDictionary(query => query, query => NotesOf(answerer.Ask(query)), StringComparer.Ordinal);
        var durations = new ConcurrentQueue<TimeSpan>();
        var failures = new ConcurrentQueue<string>();
        var next = -1;
        using var stop = new CancellationTokenSource();
        var wall = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, askers).Select(_ => new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var query = queries[(int)((uint)Interlocked.Increment(ref next) % (uint)queries.Count)];
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var answer = answerer.Ask(query);
                    if (!index.Status.Ready)
                    {
                        failures.Enqueue($"\"{query}\": the index stopped serving during the rebuild");
                    }
                    else if (NotesOf(answer) != baseline[query])
                    {
                        failures.Enqueue($"\"{query}\": {NotesOf(answer)}");
                    }
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    failures.Enqueue($"\"{query}\": {exception.GetType().Name}: {exception.Message}");
                }

                durations.Enqueue(Stopwatch.GetElapsedTime(started));
            }
        })
        { IsBackground = true, Name = "bench-reindex-asker" }).ToList();
        workers.ForEach(worker => worker.Start());
        var rebuild = Stopwatch.StartNew();
        IndexBuildReport report;
        try
        {
            report = await index.RebuildAsync(null, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            rebuild.Stop();
            await stop.CancelAsync().ConfigureAwait(false);
            workers.ForEach(worker => worker.Join());
            wall.Stop();
        }

        return new ReindexUnderLoadFigures(scale, askers, report.Succeeded, report.Error, rebuild.Elapsed.TotalSeconds, durations.Count,
            failures.Count, failures.TryPeek(out var first) ? first : null, LatencyStats.From(durations, wall.Elapsed));
    }

    private static string NotesOf(Answer answer) => string.Join(" | ", answer.Notes);
}
