using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Articles;
using NewsBot.Core.Configuration;
using NewsBot.Core.Indexing;

namespace NewsBot.Core.Benchmarking;

/// <summary>
/// The whole-system benchmark over the scaled workload: build the index of k copies (timed, with memory), then with the
/// index on disk measure the first answer (a fresh <see cref="NewsIndex"/> in this process, and optionally a fresh
/// process through <see cref="IFirstAnswerProbe"/>), answer latency single-threaded and with concurrent askers, memory
/// while answering, and optionally a rebuild under continuous questions.
/// </summary>
public sealed class WorkloadBenchmark(BenchmarkSettings settings, TimeProvider time, IProgress<string>? log = null)
{
    public async Task<BenchmarkReport> RunAsync(string command, IFirstAnswerProbe? processProbe, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Concurrency, 1);
        var started = time.GetUtcNow();
        var loadAtStart = MachineInfo.LoadAverage();
        var sets = settings.QueryFiles.Select(QuerySet.Load).ToList();
        if (sets.Count == 0)
        {
            throw new ArgumentException("at least one query file is needed", nameof(settings));
        }

        var source = Path.GetFullPath(settings.SourceFolder);
        var loader = new ArticleLoader(new ArticleLoaderOptions());
        var originals = loader.FindFiles([source]);
        if (originals.Count == 0)
        {
            throw new DirectoryNotFoundException($"no article files in {source}");
        }

        var sourceBytes = WarmPageCache(originals) * settings.Scale;
        var workFolder = Path.GetFullPath(settings.WorkFolder);
        var options = Options.Create(new NewsBotOptions
        {
            Sources = [source],
            IndexPath = Path.Combine(workFolder, "index"),
            MaxQuotes = settings.MaxQuotes,
            MaxQuoteLength = settings.MaxQuoteLength,
        });
        var scaled = new ScaledArticleSource(loader, settings.Scale);
        var notes = new List<string>
        {
            $"Source scaled in memory by {nameof(ScaledArticleSource)}: every copy is read from the page cache and parsed again by the real loader; no copies are written to disk.",
            "The build does not force a final merge; Lucene's default merge policy decides the segments.",
        };
        try
        {
            log?.Report($"building the index of k={settings.Scale} ({originals.Count * settings.Scale} files, {sourceBytes / 1e6:F1} MB)");
            BuildFigures build;
            using (var builder = new NewsIndex(options, scaled, NullLogger<NewsIndex>.Instance, time))
            {
                build = await MeasureBuildAsync(builder, sourceBytes, cancellationToken).ConfigureAwait(false);
            }

            log?.Report($"built: {build.Articles} articles, {build.Passages} passages in {build.WallSeconds:F1} s");
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            var firstQuestion = sets[0].Queries[0];
            var firstAnswers = new List<FirstAnswerFigures>();
            if (processProbe is not null)
            {
                log?.Report("first answer from a fresh process");
                firstAnswers.Add(await processProbe.MeasureAsync(options.Value.IndexPath, source, firstQuestion, cancellationToken).ConfigureAwait(false));
            }

            using var answeringMemory = MemoryProbe.Start();
            var openStarted = Stopwatch.GetTimestamp();
            using var index = new NewsIndex(options, scaled, NullLogger<NewsIndex>.Instance, time);
            await index.EnsureReadyAsync(null, cancellationToken).ConfigureAwait(false);
            var openMs = Stopwatch.GetElapsedTime(openStarted).TotalMilliseconds;
            var engine = new AnswerEngine(index, options, NullLogger<AnswerEngine>.Instance);
            var firstAnswered = engine.Ask(firstQuestion).Answered;
            firstAnswers.Add(new FirstAnswerFigures("in-process: new NewsIndex, open, first Ask", openMs,
                Stopwatch.GetElapsedTime(openStarted).TotalMilliseconds, firstAnswered, null));

            var passes = new List<QueryPassFigures>();
            foreach (var set in sets)
            {
                log?.Report($"{set.Name}: warm-up pass, then timed passes");
                QueryPass.WarmUp(engine, set, cancellationToken);
                passes.Add(QueryPass.Run(engine, set, 1, cancellationToken));
                if (settings.Concurrency > 1)
                {
                    passes.Add(QueryPass.Run(engine, set, settings.Concurrency, cancellationToken));
                }
            }

            var memory = answeringMemory.Read();
            ReindexUnderLoadFigures? reindex = null;
            if (settings.ReindexUnderLoad)
            {
                log?.Report($"rebuilding k={settings.Scale} while {settings.Concurrency} askers keep asking");
                var queries = sets.SelectMany(set => set.Queries).ToList();
                reindex = await ReindexUnderLoad.RunAsync(index, engine, queries, settings.Scale, settings.Concurrency, cancellationToken)
                    .ConfigureAwait(false);
            }

            return new BenchmarkReport(started, command, MachineInfo.Current(), settings.Scale, source, build, firstAnswers, passes, memory,
                reindex, loadAtStart, MachineInfo.LoadAverage(), notes);
        }
        finally
        {
            if (!settings.KeepIndex)
            {
                GenerationFolders.TryDelete(workFolder);
            }
        }
    }

    private static async Task<BuildFigures> MeasureBuildAsync(NewsIndex index, long sourceBytes, CancellationToken cancellationToken)
    {
        using var memory = MemoryProbe.Start();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var report = await index.RebuildAsync(null, cancellationToken).ConfigureAwait(false);
        stopwatch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        if (!report.Succeeded)
        {
            throw new InvalidOperationException($"the benchmark index could not be built: {report.Error}");
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        var snapshot = index.AcquireSnapshot() ?? throw new InvalidOperationException("the new index is not serving");
        int segments;
        try
        {
            segments = snapshot.Reader.Leaves.Count;
        }
        finally
        {
            snapshot.Release();
        }

        return new BuildFigures(report.Articles, report.Passages, report.Skipped.Count, sourceBytes, seconds, cpu.TotalSeconds, report.Articles / seconds,
            sourceBytes / 1e6 / seconds, index.Status.SizeBytes, segments, FinalMerge: false, memory.Read());
    }

    /// <summary>Reads every original file once so the timed build finds them in the page cache; returns their total size.</summary>
    private static long WarmPageCache(IReadOnlyList<string> files)
    {
        long total = 0;
        // Files of no bytes are not opened: a named pipe among them would wait for a writer forever (the loader skips them too).
        foreach (var file in files.Where(f => new FileInfo(f).Length > 0))
        {
            total += File.ReadAllBytes(file).LongLength;
        }

        return total;
    }
}
