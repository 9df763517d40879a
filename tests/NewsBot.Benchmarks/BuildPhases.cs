using System.Diagnostics;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsBot.Core.Articles;
using NewsBot.Core.Benchmarking;
using NewsBot.Core.Indexing;
using NewsBot.Core.Search;

namespace NewsBot.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/NewsBot.Benchmarks -- phases [k]</c>: where index build time goes, one
/// thread, phase by phase (read+parse, layout, documents, analysis alone, Lucene indexing), over k copies of the corpus.
/// A poor man's profile: the machine has no profiler, so each phase is timed on its own.
/// </summary>
internal static class BuildPhases
{
    public static void Run(int scale)
    {
        var source = new ScaledArticleSource(new ArticleLoader(new ArticleLoaderOptions()), scale);
        var files = source.FindFiles([SharedData.BbcCorpus]);
        for (var round = 1; round <= 2; round++)
        {
            Console.WriteLine($"round {round} (the first includes JIT), {files.Count} files, one thread");
            var articles = Time("read + parse (ArticleLoader)", () => files.SelectMany(f => source.Load(f).Articles).ToList());
            var layouts = Time("layout (ArticleLayout.Of)", () => articles.Select(a => ArticleLayout.Of(a)).ToList());
            var documents = Time("documents (ArticleDocuments.Build)", () => articles.Select((a, i) => ArticleDocuments.Build(a, layouts[i], i, 0)).ToList());
            Time("analysis only (passage text)", () =>
            {
                long tokens = 0;
                for (var i = 0; i < articles.Count; i++)
                {
                    foreach (var passage in layouts[i].Passages)
                    {
                        using var stream = NewsAnalyzer.Shared.GetTokenStream(IndexSchema.PassageText, articles[i].Text[passage.Start..passage.End]);
                        stream.AddAttribute<ICharTermAttribute>();
                        stream.Reset();
                        while (stream.IncrementToken())
                        {
                            tokens++;
                        }

                        stream.End();
                    }
                }

                return tokens;
            });
            var folder = Path.Combine(Path.GetTempPath(), "newsbot-phases", Guid.NewGuid().ToString("N"));
            Time("Lucene AddDocuments + commit (FSDirectory)", () =>
            {
                using var directory = FSDirectory.Open(folder);
                using var writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzer.Version, NewsAnalyzer.Shared)
                {
                    OpenMode = OpenMode.CREATE,
                    Similarity = new BM25Similarity(),
                    RAMBufferSizeMB = 256,
                });
                documents.ForEach(writer.AddDocuments);
                writer.SetCommitData(new Dictionary<string, string> { [IndexSchema.UserDataSchemaVersion] = $"{IndexSchema.SchemaVersion}" });
                writer.Commit();
                return documents.Count;
            });
            Time("open snapshot (IndexSnapshot.Open)", () => IndexSnapshot.Open(folder).PassageCount);
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    private static T Time<T>(string phase, Func<T> work)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = work();
        Console.WriteLine($"  {phase,-45} {stopwatch.Elapsed.TotalMilliseconds,8:F0} ms");
        return result;
    }
}
