using BenchmarkDotNet.Attributes;
using NewsBot.Core.Articles;
using NewsBot.Core.Search;

namespace NewsBot.Benchmarks;

/// <summary>English analysis (tokenise, possessives, lower case, stop words, Porter stems) of a passage and of a question.</summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private string _passage = "";
    private string _question = "";

    [GlobalSetup]
    public void Setup()
    {
        var article = new ArticleLoader(new ArticleLoaderOptions())
            .Load(Directory.GetFiles(SharedData.BbcCorpus, "*.md").Order(StringComparer.Ordinal).First()).Articles[0];
        _passage = article.Text[..Math.Min(400, article.Text.Length)];
        _question = File.ReadLines(SharedData.Questions).First();
    }

    [Benchmark(Description = "Analyze a 400-character passage")]
    public int AnalyzePassage() => TextAnalysis.Analyze(_passage).Count;

    [Benchmark(Description = "Analyze a question")]
    public int AnalyzeQuestion() => TextAnalysis.Analyze(_question).Count;
}
