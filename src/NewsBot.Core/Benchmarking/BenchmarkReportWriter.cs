using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsBot.Core.Benchmarking;

/// <summary>Writes a <see cref="BenchmarkReport"/> as Markdown (to commit beside a change) or JSON (to compare runs).</summary>
public static class BenchmarkReportWriter
{
    public static string ToJson(BenchmarkReport report) => JsonSerializer.Serialize(report, BenchmarkJsonContext.Default.BenchmarkReport);

    public static string ToMarkdown(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        var m = report.Machine;
        Line(md, $"# NewsBot benchmark, k = {report.Scale}");
        Line(md, "");
        Line(md, $"- Run: {report.StartedAt:yyyy-MM-dd HH:mm} UTC, `{report.Command}`");
        Line(md, $"- Machine: {m.Cpu}, {m.LogicalCores} logical cores, {m.MemoryBytes / 1e9:F1} GB; {m.Os}; {m.Runtime}; GC {m.GcMode}");
        Line(md, $"- Source: `{report.SourceFolder}` × {report.Scale}");
        Line(md, "");
        var b = report.Build;
        Line(md, "## Index build");
        Line(md, "");
        Line(md, "| articles | passages | MB | wall s | articles/s | MB/s | index MB | segments | peak working set MB | peak managed heap MB |");
        Line(md, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Line(md, $"| {b.Articles:N0} | {b.Passages:N0} | {b.SourceBytes / 1e6:F1} | {b.WallSeconds:F1} | {b.ArticlesPerSecond:N0} | {b.MegabytesPerSecond:F2} | "
            + $"{b.IndexSizeBytes / 1e6:F1} | {b.Segments} | {Mb(b.Memory.PeakWorkingSetBytes)} | {Mb(b.Memory.SampledPeakManagedHeapBytes)} |");
        Line(md, "");
        Line(md, "## First answer with the index on disk");
        Line(md, "");
        Line(md, "| method | open ms | total ms | answered |");
        Line(md, "|---|---:|---:|---|");
        foreach (var f in report.FirstAnswer)
        {
            Line(md, $"| {f.Method} | {(f.OpenMs > 0 ? f.OpenMs.ToString("F0", CultureInfo.InvariantCulture) : "-")} | {f.TotalMs:F0} | {(f.Error ?? (f.Answered ? "yes" : "no"))} |");
        }

        Line(md, "");
        Line(md, "## Answer latency (full answer, ms)");
        Line(md, "");
        Line(md, "| query set | threads | n | p50 | p95 | p99 | mean | max | queries/s | answered | failed |");
        Line(md, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var q in report.Queries)
        {
            var l = q.Latency;
            Line(md, $"| {q.QuerySet} | {q.Threads} | {l.Count} | {l.P50Ms:F2} | {l.P95Ms:F2} | {l.P99Ms:F2} | {l.MeanMs:F2} | {l.MaxMs:F1} | {l.QueriesPerSecond:F0} | {q.Answered} | {q.Failed} |");
        }

        var a = report.AnsweringMemory;
        Line(md, "");
        Line(md, $"Memory while answering (open, first answer, all passes): peak working set {Mb(a.PeakWorkingSetBytes)} MB"
            + $"{(a.PeakWasReset ? " (kernel peak reset after the build)" : " (process peak, including the build)")}, sampled peak {Mb(a.SampledPeakWorkingSetBytes)} MB, "
            + $"managed heap peak {Mb(a.SampledPeakManagedHeapBytes)} MB; GCs gen0/1/2: {a.Gen0Collections}/{a.Gen1Collections}/{a.Gen2Collections}.");
        if (report.ReindexUnderLoad is { } r)
        {
            Line(md, "");
            Line(md, "## Reindex under load");
            Line(md, "");
            Line(md, $"Rebuild of k = {r.Scale} with {r.Askers} askers asking continuously: rebuild {(r.RebuildSucceeded ? "succeeded" : "FAILED: " + r.RebuildError)} in {r.RebuildSeconds:F1} s; "
                + $"{r.Questions} questions, **{r.Failed} failed**{(r.FirstFailure is null ? "" : $" (first: {r.FirstFailure})")}.");
            Line(md, $"Latency during the rebuild: p50 {r.Latency.P50Ms:F2} ms, p95 {r.Latency.P95Ms:F2} ms, p99 {r.Latency.P99Ms:F2} ms, max {r.Latency.MaxMs:F1} ms, {r.Latency.QueriesPerSecond:F0} questions/s.");
        }

        Line(md, "");
        Line(md, "## Notes");
        Line(md, "");
        foreach (var note in report.Notes)
        {
            Line(md, $"- {note}");
        }

        return md.ToString();
    }

    private static string Mb(long bytes) => (bytes / 1e6).ToString("F0", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder md, string text) => md.Append(text).Append('\n');
}
