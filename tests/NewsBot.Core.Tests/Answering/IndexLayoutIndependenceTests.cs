using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Answering;
using NewsBot.Core.Articles;
using NewsBot.Core.Configuration;
using NewsBot.Core.Evaluation;
using NewsBot.Core.Indexing;
using NewsBot.Core.Search;
using NewsBot.Core.Tests.Articles;
using NewsBot.Core.Tests.Evaluation;

namespace NewsBot.Core.Tests.Answering;

/// <summary>
/// A parallel build writes the same documents in an order and into segments that depend on its threads. Answers must
/// not: the same sources give the same quotes, highlights and refusals however the index is laid out.
/// </summary>
public sealed class IndexLayoutIndependenceTests
{
    [Fact]
    public async Task Ask_SameSourcesInOtherSegmentsAndDocumentOrder_GivesTheSameAnswers()
    {
        using var folder = new TempFolder();
        var loader = new ArticleLoader(new ArticleLoaderOptions());
        var files = loader.FindFiles([DeveloperSet.Corpus]);
        var articles = files.Select((file, order) => (Article: Assert.Single(loader.Load(file).Articles), Order: (long)order)).ToList();

        // One segment in file order, and two segments with the second half of the files written first.
        var inOrder = WriteIndex(Path.Combine(folder.Path, "in-order"), [articles]);
        var half = articles.Count / 2;
        var reordered = WriteIndex(Path.Combine(folder.Path, "reordered"), [articles[half..], articles[..half]]);

        var questions = QuestionSetReader.Read(DeveloperSet.Questions).Select(q => q.Question).ToList();
        var expected = await AnswersAsync(inOrder, questions);
        var actual = await AnswersAsync(reordered, questions);

        var differing = Enumerable.Range(0, questions.Count).Where(i => expected[i] != actual[i]).ToList();
        Assert.True(differing.Count == 0,
            $"{differing.Count} answers differ, first: {(differing.Count > 0 ? questions[differing[0]] + "\n" + expected[differing[0]] + "\n" + actual[differing[0]] : "")}");
        Assert.True(expected.Count(a => a.StartsWith("answered", StringComparison.Ordinal)) > 4000);
    }

    /// <summary>Writes an index as <see cref="GenerationBuilder"/> does, one commit (so one segment) per batch, and names it in CURRENT.</summary>
    private static NewsBotOptions WriteIndex(string indexPath, List<(Article Article, long Order)>[] batches)
    {
        var generation = Path.Combine(indexPath, "gen-20260101T000000000Z-layout00");
        using (var directory = FSDirectory.Open(generation))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzer.Version, NewsAnalyzer.Shared)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        }))
        {
            var passages = 0;
            foreach (var batch in batches)
            {
                foreach (var (article, order) in batch)
                {
                    var layout = ArticleLayout.Of(article);
                    writer.AddDocuments(ArticleDocuments.Build(article, layout, order, 0));
                    passages += layout.Passages.Count;
                }

                writer.SetCommitData(new Dictionary<string, string>
                {
                    [IndexSchema.UserDataSchemaVersion] = IndexSchema.SchemaVersion.ToString(CultureInfo.InvariantCulture),
                    [IndexSchema.UserDataArticles] = batches.Sum(b => b.Count).ToString(CultureInfo.InvariantCulture),
                    [IndexSchema.UserDataPassages] = passages.ToString(CultureInfo.InvariantCulture),
                });
                writer.Commit();
            }
        }

        File.WriteAllText(Path.Combine(indexPath, GenerationFolders.CurrentFileName), Path.GetFileName(generation) + "\n");
        return new NewsBotOptions { Sources = [DeveloperSet.Corpus], IndexPath = indexPath };
    }

    private static async Task<List<string>> AnswersAsync(NewsBotOptions settings, List<string> questions)
    {
        var options = Microsoft.Extensions.Options.Options.Create(settings);
        using var index = new NewsIndex(options, new ArticleLoader(new ArticleLoaderOptions()), NullLogger<NewsIndex>.Instance, TimeProvider.System);
        Assert.Null(await index.EnsureReadyAsync(null, CancellationToken.None));
        var engine = new AnswerEngine(index, options, NullLogger<AnswerEngine>.Instance);
        return questions.Select(question => engine.Ask(question)).Select(answer => answer.Answered
            ? "answered " + string.Join(" | ", answer.Quotes.Select(q =>
                $"{q.ArticleId} {q.Start}-{q.End} [{string.Join(",", q.Highlights.Select(h => $"{h.Start}-{h.End}"))}] {q.Score:R}"))
            : "refused " + string.Join(", ", answer.RelatedTitles)).ToList();
    }
}
