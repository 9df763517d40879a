using BenchmarkDotNet.Attributes;
using NewsBot.Core.Articles;

namespace NewsBot.Benchmarks;

/// <summary>Ingestion hot paths on a real BBC article: reading and parsing one file, and splitting its paragraphs into sentences.</summary>
[MemoryDiagnoser]
public class ArticleBenchmarks
{
    private readonly ArticleLoader _loader = new(new ArticleLoaderOptions());
    private readonly List<TextSpan> _sentences = new(64);
    private string _path = "";
    private Article _article = null!;

    [GlobalSetup]
    public void Setup()
    {
        // A typical article: the median size of the corpus.
        var files = Directory.GetFiles(SharedData.BbcCorpus, "*.md").OrderBy(f => new FileInfo(f).Length).ThenBy(f => f, StringComparer.Ordinal).ToList();
        _path = files[files.Count / 2];
        _article = _loader.Load(_path).Articles[0];
    }

    [Benchmark(Description = "ArticleLoader.Load (one median BBC file, page cache)")]
    public Article LoadArticle() => _loader.Load(_path).Articles[0];

    [Benchmark(Description = "SentenceSplitter.Split (every paragraph of it)")]
    public int SplitSentences()
    {
        _sentences.Clear();
        foreach (var paragraph in _article.Paragraphs)
        {
            SentenceSplitter.Split(_article.Text, paragraph, _sentences);
        }

        return _sentences.Count;
    }
}
