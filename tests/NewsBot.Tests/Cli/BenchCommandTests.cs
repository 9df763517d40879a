using System.Text.Json;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Cli;

/// <summary>The bench command's machinery on a tiny corpus (made-up articles), not its speed.</summary>
public sealed class BenchCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Bench_FiveArticlesAtScaleTwo_PrintsTheReportAndWritesMarkdownAndJson()
    {
        var corpus = _folder.Combine("corpus");
        Directory.CreateDirectory(corpus);
        foreach (var (slug, title, body) in new[]
        {
            ("bank-raises-rates", "Bank raises rates", "The central bank raised interest rates on Thursday. Analysts expected it."),
            ("city-wins-cup", "City wins the cup", "City beat United in the final. The winning goal came late."),
            ("new-phone-launch", "New phone launched", "The company launched its new phone in London."),
            ("rail-strike-ends", "Rail strike ends", "Train drivers ended their strike after a pay offer."),
            ("film-tops-box-office", "Film tops the box office", "The animated film took 12 million dollars in its first weekend."),
        })
        {
            await File.WriteAllTextAsync(Path.Combine(corpus, slug + ".md"), $"# {title}\n\n{body}\n");
        }

        var queries = _folder.Combine("queries.txt");
        await File.WriteAllLinesAsync(queries, ["Who raised interest rates?", "Rail strike ends"]);
        var report = _folder.Combine("reports", "tiny.md");

        var (exit, output, error) = await CliRun.RunAsync(RepositoryPaths.Root, null, "bench", "--source", corpus, "--scale", "2",
            "--queries", queries, "--concurrency", "2", "--reindex-under-load", "--report", report, "--work", _folder.Combine("work"));

        Assert.True(exit == 0, error);
        Assert.Contains("# NewsBot benchmark, k = 2", output, StringComparison.Ordinal);
        Assert.Contains("| 10 |", output, StringComparison.Ordinal); // 5 articles × 2 copies indexed
        Assert.Contains("0 failed", output, StringComparison.Ordinal);
        Assert.Equal(output, await File.ReadAllTextAsync(report));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.ChangeExtension(report, ".json")));
        Assert.Equal(10, json.RootElement.GetProperty("build").GetProperty("articles").GetInt32());
        var firstAnswers = json.RootElement.GetProperty("firstAnswer").EnumerateArray().ToList();
        Assert.Equal(2, firstAnswers.Count);
        // In the test host the fresh-process probe cannot start newsbot and says so; the in-process one must answer.
        Assert.Contains("not newsbot", firstAnswers[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.True(firstAnswers[1].GetProperty("answered").GetBoolean());
        Assert.False(Directory.Exists(_folder.Combine("work")));
    }

    [Fact]
    public async Task Bench_WithoutQueries_IsAUsageError()
    {
        var (exit, _, error) = await CliRun.RunAsync(RepositoryPaths.Root, null, "bench", "--source", _folder.Path, "--scale", "1");

        Assert.Equal(2, exit);
        Assert.Contains("--queries", error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
