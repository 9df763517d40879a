using System.Diagnostics;
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
/// <c>dotnet run -c Release --project tests/NewsBot.Benchmarks -- answer-phases [k]</c>: where answer time goes at scale k:
/// stored-document reads, on-demand article loading, and full answers with a cold and a warm article cache.
/// With <c>[folder]</c> the index is kept there and reused by the next run (when it holds one), to compare changes
/// to answering without rebuilding.
/// </summary>
internal static class AnswerPhases
{
    public static async Task RunAsync(int scale, string? keptFolder)
    {
        var folder = keptFolder ?? Path.Combine(Path.GetTempPath(), "newsbot-answer-phases", Guid.NewGuid().ToString("N"));
        var options = Options.Create(new NewsBotOptions { Sources = [SharedData.BbcCorpus], IndexPath = folder });
        var source = new ScaledArticleSource(new ArticleLoader(new ArticleLoaderOptions()), scale);
        try
        {
            if (keptFolder is null || !File.Exists(Path.Combine(keptFolder, "CURRENT")))
            {
                using var builder = new NewsIndex(options, source, NullLogger<NewsIndex>.Instance, TimeProvider.System);
                await builder.RebuildAsync(null, CancellationToken.None);
            }

            var questions = File.ReadAllLines(SharedData.Questions);
            for (var round = 1; round <= 2; round++)
            {
                using var index = new NewsIndex(options, source, NullLogger<NewsIndex>.Instance, TimeProvider.System);
                await index.EnsureReadyAsync(null, CancellationToken.None);
                var snapshot = index.AcquireSnapshot()!;
                var articleDocs = Enumerable.Range(0, snapshot.Reader.MaxDoc).Where(d => snapshot.PassagesByDoc[d] is null).Take(3000).ToList();
                Time($"round {round}: Reader.Document, 3000 article docs", () => articleDocs.ForEach(d => snapshot.Reader.Document(d)));
                snapshot.Release();
                var engine = new AnswerEngine(index, options, NullLogger<AnswerEngine>.Instance);
                Time($"round {round}: 1000 questions (cold article cache)", () => Array.ForEach(questions, q => engine.Ask(q)));
                Time($"round {round}: 1000 questions again (warm cache)", () => Array.ForEach(questions, q => engine.Ask(q)));
                Steps(index, "questions", questions);
                Steps(index, "headlines", File.ReadAllLines(SharedData.Headlines));
                var gc = GC.GetGCMemoryInfo();
                Console.WriteLine($"  round {round}: GCs gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; heap {gc.HeapSizeBytes >> 20} MB, pause {gc.PauseTimePercentage:F1} %");
            }
        }
        finally
        {
            if (keptFolder is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>The steps of an answer, each timed over all questions (warm), with retrieval variants side by side.</summary>
    private static void Steps(NewsIndex index, string name, string[] questions)
    {
        var snapshot = index.AcquireSnapshot()!;
        var selector = new QuoteSelector(400);
        long extract = 0, plainSearch = 0, oneQuery = 0, search = 0, load = 0, select = 0;
        foreach (var question in questions)
        {
            var t0 = Stopwatch.GetTimestamp();
            var terms = QueryTermExtractor.Extract(question, snapshot.Reader, IndexSchema.PassageText, dropQuestionWords: true);
            var (query, phrases) = QueryBuilder.ForPassagesInParts(terms, IndexSchema.PassageText, IndexSchema.PassageTitle);
            var t1 = Stopwatch.GetTimestamp();
            if (query is null)
            {
                continue;
            }

            // For comparison only: Lucene's plain top-n and distinct retrieval, both scoring phrases on every matching passage.
            var combined = QueryBuilder.ForPassages(terms, IndexSchema.PassageText, IndexSchema.PassageTitle)!;
            var plainStart = Stopwatch.GetTimestamp();
            _ = snapshot.Searcher.Search(combined, 25);
            var oneQueryStart = Stopwatch.GetTimestamp();
            _ = DistinctPassageCollector.Search(snapshot, combined, 25);
            var searchStart = Stopwatch.GetTimestamp();
            plainSearch += oneQueryStart - plainStart;
            oneQuery += searchStart - oneQueryStart;

            // What the engine does: terms alone, then the phrase bonus on the best.
            var hits = AnswerEngine.Retrieve(snapshot, query, phrases);
            var t2 = Stopwatch.GetTimestamp();
            foreach (var hit in hits)
            {
                _ = snapshot.PassagesByDoc[hit.Doc]?.Article.Text;
            }

            var t3 = Stopwatch.GetTimestamp();
            selector.Select(snapshot, QuestionProfile.Of(question, terms), hits, 3);
            var t4 = Stopwatch.GetTimestamp();
            extract += t1 - t0;
            search += t2 - searchStart;
            load += t3 - t2;
            select += t4 - t3;
        }

        snapshot.Release();
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        Console.WriteLine($"  {name} steps: extract+build {Ms(extract):F0} ms, search {Ms(search):F0} ms, article loads {Ms(load):F0} ms, quote selection {Ms(select):F0} ms");
        Console.WriteLine($"  {name} search with phrases on every passage: distinct {Ms(oneQuery):F0} ms, plain top-n {Ms(plainSearch):F0} ms");
    }

    private static void Time(string phase, Action work)
    {
        var stopwatch = Stopwatch.StartNew();
        work();
        Console.WriteLine($"  {phase,-55} {stopwatch.Elapsed.TotalMilliseconds,8:F0} ms");
    }
}
