using System.Globalization;
using NewsBot.Core.Benchmarking;

namespace NewsBot.Cli.Verbs;

/// <summary>
/// <c>newsbot bench --source DIR --scale K --queries FILE [--queries FILE2] [--concurrency N] [--reindex-under-load]
/// [--report PATH] [--work DIR] [--keep-index]</c>: the whole-system benchmark over the scaled corpus (see
/// <see cref="WorkloadBenchmark"/>). Prints the Markdown report; <c>--report x.md</c> also writes it and <c>x.json</c>.
/// </summary>
internal static class BenchVerb
{
    /// <summary>Reads and checks the bench options before the host is built, so a typo fails fast; returns the verb.</summary>
    public static Func<CliArguments, IServiceProvider, CliConsole, CancellationToken, Task<int>> Prepare(CliArguments cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        Read(cli, Directory.GetCurrentDirectory());
        return RunAsync;
    }

    public static async Task<int> RunAsync(CliArguments cli, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        var (settings, reportPath) = Read(cli, console.WorkingDirectory);
        var benchmark = new WorkloadBenchmark(settings, TimeProvider.System, new SynchronousProgress(console.Error));
        var report = await benchmark.RunAsync(CommandLine(), new ProcessFirstAnswerProbe(console.WorkingDirectory), cancellationToken)
            .ConfigureAwait(false);
        var markdown = BenchmarkReportWriter.ToMarkdown(report);
        await console.Out.WriteAsync(markdown).ConfigureAwait(false);
        if (reportPath is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(reportPath)!);
            var jsonPath = Path.ChangeExtension(reportPath, ".json");
            if (!reportPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                await File.WriteAllTextAsync(reportPath, markdown, cancellationToken).ConfigureAwait(false);
            }

            await File.WriteAllTextAsync(jsonPath, BenchmarkReportWriter.ToJson(report), cancellationToken).ConfigureAwait(false);
            await console.Error.WriteLineAsync($"bench: report written to {reportPath}").ConfigureAwait(false);
        }

        var failed = report.Queries.Sum(q => q.Failed) + (report.ReindexUnderLoad?.Failed ?? 0);
        return failed == 0 && report.ReindexUnderLoad?.RebuildSucceeded != false ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static (BenchmarkSettings Settings, string? ReportPath) Read(CliArguments cli, string workingDirectory)
    {
        if (cli.Positionals.Count > 0)
        {
            throw new UsageException($"'bench' takes no words (got \"{cli.Positionals[0]}\").");
        }

        var source = cli.Get("source") ?? throw new UsageException("bench needs --source DIR (the corpus to scale, e.g. ../shared/data/bbc/corpus).");
        var queries = cli.GetAll("queries");
        if (queries.Count == 0)
        {
            throw new UsageException("bench needs at least one --queries FILE (one query per line).");
        }

        var scale = cli.GetInt("scale", 1, 1000) ?? 1;
        var concurrency = cli.GetInt("concurrency", 1, 64) ?? Math.Max(2, Environment.ProcessorCount);
        var work = cli.Get("work") is { } folder
            ? Path.GetFullPath(folder, workingDirectory)
            : Path.Combine(Path.GetTempPath(), "newsbot-bench", Guid.NewGuid().ToString("N")[..12]);
        var report = cli.Get("report") is { } path ? Path.GetFullPath(path, workingDirectory) : null;
        var settings = new BenchmarkSettings(
            Path.GetFullPath(source, workingDirectory),
            scale,
            [.. queries.Select(q => Path.GetFullPath(q, workingDirectory))],
            concurrency,
            cli.Has("reindex-under-load"),
            work,
            KeepIndex: cli.Has("keep-index"));
        cli.Get("index"); // Ignored: the benchmark always builds its own index under --work.
        return (settings, report);
    }

    private static string CommandLine() =>
        "newsbot " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1).Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a));

    /// <summary>Writes progress lines at once (Progress&lt;T&gt; would post them to the thread pool, out of order).</summary>
    private sealed class SynchronousProgress(TextWriter error) : IProgress<string>
    {
        public void Report(string value) => error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench: {value}"));
    }
}
