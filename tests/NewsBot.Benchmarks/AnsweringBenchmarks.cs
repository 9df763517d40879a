using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Articles;
using NewsBot.Core.Benchmarking;
using NewsBot.Core.Configuration;
using NewsBot.Core.Indexing;
using NewsBot.Core.Search;

namespace NewsBot.Benchmarks;

/// <summary>
/// Answering over a real index of the BBC corpus (k = 1, built once in a temp folder): query building (analysis, idf,
/// Lucene query), retrieval (the same plus the top-25 search) and the full answer (retrieval, quote selection and
/// composition). Quote selection and composition cost <c>Answer</c> minus <c>Retrieve</c>; measured that way because
/// the selector's own signature belongs to the answer-quality work and changes with it.
/// </summary>
[MemoryDiagnoser]
public class AnsweringBenchmarks
{
    private const int RetrievedPassages = 25;

    private string _folder = "";
    private NewsIndex _index = null!;
    private AnswerEngine _engine = null!;
    private IndexSnapshot _snapshot = null!;

    [ParamsSource(nameof(Queries))]
    public string Query { get; set; } = "";

    public static IEnumerable<string> Queries =>
    [
        File.ReadLines(SharedData.Questions).First(),
        File.ReadLines(SharedData.Headlines).First(),
    ];

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "newsbot-bdn", Guid.NewGuid().ToString("N"));
        var options = Options.Create(new NewsBotOptions { Sources = [SharedData.BbcCorpus], IndexPath = _folder });
        var source = new ScaledArticleSource(new ArticleLoader(new ArticleLoaderOptions()), 1);
        _index = new NewsIndex(options, source, NullLogger<NewsIndex>.Instance, TimeProvider.System);
        var report = _index.RebuildAsync(null, CancellationToken.None).GetAwaiter().GetResult();
        if (!report.Succeeded)
        {
            throw new InvalidOperationException(report.Error);
        }

        _engine = new AnswerEngine(_index, options, NullLogger<AnswerEngine>.Instance);
        _snapshot = _index.AcquireSnapshot()!;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _snapshot.Release();
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "Query building (terms, idf, Lucene query)")]
    public object? BuildQuery()
    {
        var terms = QueryTermExtractor.Extract(Query, _snapshot.Reader, IndexSchema.PassageText, dropQuestionWords: true);
        return QueryBuilder.ForPassages(terms, IndexSchema.PassageText, IndexSchema.PassageTitle);
    }

    [Benchmark(Description = "Retrieve (query building + top-25 search)")]
    public int Retrieve()
    {
        var terms = QueryTermExtractor.Extract(Query, _snapshot.Reader, IndexSchema.PassageText, dropQuestionWords: true);
        var query = QueryBuilder.ForPassages(terms, IndexSchema.PassageText, IndexSchema.PassageTitle);
        return query is null ? 0 : _snapshot.Searcher.Search(query, RetrievedPassages).ScoreDocs.Length;
    }

    [Benchmark(Description = "Answer (retrieve + quote selection + composition)")]
    public Answer Answer() => _engine.Ask(Query);
}
