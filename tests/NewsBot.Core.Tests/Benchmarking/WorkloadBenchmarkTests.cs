using System.Text.Json;
using NewsBot.Core.Benchmarking;

namespace NewsBot.Core.Tests.Benchmarking;

public sealed class WorkloadBenchmarkTests
{
    [Fact]
    public async Task RunAsync_TinyCorpusAtScaleTwo_MeasuresEveryPhaseWithoutFailures()
    {
        using var corpus = new TinyCorpus();
        var settings = new BenchmarkSettings(corpus.CorpusFolder, 2, [corpus.QueryFile], Concurrency: 2, ReindexUnderLoad: true, corpus.WorkFolder);

        var report = await new WorkloadBenchmark(settings, TimeProvider.System).RunAsync("newsbot bench (test)", null, CancellationToken.None);

        Assert.Equal(10, report.Build.Articles);
        Assert.True(report.Build.Passages >= 10);
        Assert.True(report.Build.IndexSizeBytes > 0);
        Assert.Equal(2 * new DirectoryInfo(corpus.CorpusFolder).GetFiles().Sum(f => f.Length), report.Build.SourceBytes);
        Assert.True(Assert.Single(report.FirstAnswer).Answered, "the first query names the bank article");
        Assert.Equal([1, 2], report.Queries.Select(q => q.Threads));
        Assert.All(report.Queries, pass =>
        {
            Assert.Equal(3, pass.Latency.Count);
            Assert.Equal(0, pass.Failed);
            Assert.Equal(3, pass.Answered);
        });
        var reindex = Assert.IsType<ReindexUnderLoadFigures>(report.ReindexUnderLoad);
        Assert.True(reindex.RebuildSucceeded, reindex.RebuildError);
        Assert.Equal(0, reindex.Failed);
        Assert.True(reindex.Questions > 0);
        Assert.False(Directory.Exists(corpus.WorkFolder), "the benchmark index is deleted afterwards");
    }

    [Fact]
    public async Task Writers_Report_GiveMarkdownTablesAndJsonThatParses()
    {
        using var corpus = new TinyCorpus();
        var settings = new BenchmarkSettings(corpus.CorpusFolder, 1, [corpus.QueryFile], Concurrency: 1, ReindexUnderLoad: false, corpus.WorkFolder);
        var report = await new WorkloadBenchmark(settings, TimeProvider.System).RunAsync("newsbot bench --scale 1", null, CancellationToken.None);

        var markdown = BenchmarkReportWriter.ToMarkdown(report);
        using var json = JsonDocument.Parse(BenchmarkReportWriter.ToJson(report));

        Assert.Contains("# NewsBot benchmark, k = 1", markdown, StringComparison.Ordinal);
        Assert.Contains("`newsbot bench --scale 1`", markdown, StringComparison.Ordinal);
        Assert.Contains("| queries | 1 | 3 |", markdown, StringComparison.Ordinal);
        Assert.Equal(5, json.RootElement.GetProperty("build").GetProperty("articles").GetInt32());
        Assert.Equal(report.Machine.LogicalCores, json.RootElement.GetProperty("machine").GetProperty("logicalCores").GetInt32());
    }
}
