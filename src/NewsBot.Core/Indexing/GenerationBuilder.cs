using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsBot.Core.Articles;
using NewsBot.Core.Search;

namespace NewsBot.Core.Indexing;

/// <summary>
/// Writes one complete generation from the sources: files are read and analysed on several threads feeding one
/// <see cref="IndexWriter"/> (thread-safe), each article added as one block so its documents stay together.
/// Returns a result with an <see cref="Result.Error"/> when nothing could be indexed; the caller deletes the folder then
/// and on any exception.
/// </summary>
internal sealed class GenerationBuilder(IArticleSource source, TimeProvider time)
{
    // A large buffer means few, large flushed segments: at k = 100 (505 MB of text) a handful, which the merge policy
    // leaves alone, so the build never waits for a merge of the whole index at the end. It is a ceiling, not an allocation.
    private const double RamBufferMegabytes = 512;

    public sealed record Result(int Articles, int Passages, IReadOnlyList<SkippedFile> Skipped, string? Error = null);

    public Result Build(string generationPath, IReadOnlyList<string> sourceFolders, IProgress<IndexBuildProgress>? progress,
        CancellationToken cancellationToken)
    {
        var skipped = new ConcurrentBag<SkippedFile>();
        var existing = new List<string>();
        foreach (var folder in sourceFolders)
        {
            if (System.IO.Directory.Exists(folder))
            {
                existing.Add(folder);
            }
            else
            {
                skipped.Add(new SkippedFile(folder, "source folder does not exist"));
            }
        }

        var unreadable = new List<SkippedFile>();
        var files = existing.Count > 0 ? source.FindFiles(existing, unreadable) : [];
        unreadable.ForEach(skipped.Add);
        var throttle = new ProgressThrottle(progress, time);
        throttle.Report(0, files.Count, 0, force: true);

        var claims = new ConcurrentDictionary<string, IdClaim>(StringComparer.Ordinal);
        int filesDone = 0, articles = 0, passages = 0;
        using var directory = FSDirectory.Open(generationPath);
        var config = new IndexWriterConfig(NewsAnalyzer.Version, NewsAnalyzer.Shared)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = RamBufferMegabytes,
        };
        var writer = new IndexWriter(directory, config);
        try
        {
            var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.ForEach(files, parallel, (file, _, fileOrder) =>
            {
                var loaded = source.Load(file);
                foreach (var reason in loaded.Skipped)
                {
                    skipped.Add(reason);
                }

                for (var articleInFile = 0; articleInFile < loaded.Articles.Count; articleInFile++)
                {
                    var article = loaded.Articles[articleInFile];
                    cancellationToken.ThrowIfCancellationRequested();
                    var layout = ArticleLayout.Of(article);
                    if (layout.Passages.Count == 0)
                    {
                        skipped.Add(new SkippedFile(article.SourcePath, $"article '{article.Id}' has no text"));
                        continue;
                    }

                    // Two files with one id: the file first in path order keeps it, however the threads happen to run.
                    // Holding the claim while writing means a copy that arrived first is replaced whole, never doubled.
                    var claim = claims.GetOrAdd(article.Id, _ => new IdClaim());
                    lock (claim)
                    {
                        if (claim.FileOrder <= fileOrder)
                        {
                            skipped.Add(new SkippedFile(article.SourcePath, $"article id '{article.Id}' was already read from {claim.Path}"));
                            continue;
                        }

                        var documents = ArticleDocuments.Build(article, layout, fileOrder, articleInFile);
                        if (claim.Path is null)
                        {
                            writer.AddDocuments(documents);
                            Interlocked.Increment(ref articles);
                        }
                        else
                        {
                            writer.UpdateDocuments(new Term(IndexSchema.ArticleId, article.Id), documents);
                            skipped.Add(new SkippedFile(claim.Path, $"article id '{article.Id}' was already read from {article.SourcePath}"));
                        }

                        Interlocked.Add(ref passages, layout.Passages.Count - claim.Passages);
                        (claim.FileOrder, claim.Path, claim.Passages) = (fileOrder, article.SourcePath, layout.Passages.Count);
                    }
                }

                throttle.Report(Interlocked.Increment(ref filesDone), files.Count, Volatile.Read(ref articles));
            });

            if (articles == 0)
            {
                writer.Rollback();
                var where = existing.Count == 0 ? "none of the source folders exists" : $"{files.Count} file(s) found";
                return new Result(0, 0, Sorted(skipped), $"no articles found in {string.Join(", ", sourceFolders)} ({where})");
            }

            writer.SetCommitData(new Dictionary<string, string>
            {
                [IndexSchema.UserDataSchemaVersion] = IndexSchema.SchemaVersion.ToString(CultureInfo.InvariantCulture),
                [IndexSchema.UserDataBuiltAt] = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                [IndexSchema.UserDataArticles] = articles.ToString(CultureInfo.InvariantCulture),
                [IndexSchema.UserDataPassages] = passages.ToString(CultureInfo.InvariantCulture),
                [IndexSchema.UserDataSources] = string.Join('\n', sourceFolders),
            });
            writer.Commit();
            writer.Dispose();
        }
        catch
        {
            writer.Rollback();
            throw;
        }

        throttle.Report(files.Count, files.Count, articles, force: true);
        return new Result(articles, passages, Sorted(skipped));
    }

    /// <summary>Which file holds an article id so far (its place in the file list), and how many passages it gave.</summary>
    private sealed class IdClaim
    {
        public long FileOrder { get; set; } = long.MaxValue;

        public string? Path { get; set; }

        public int Passages { get; set; }
    }

    private static List<SkippedFile> Sorted(IEnumerable<SkippedFile> skipped) =>
        [.. skipped.OrderBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Reason, StringComparer.Ordinal)];
}
