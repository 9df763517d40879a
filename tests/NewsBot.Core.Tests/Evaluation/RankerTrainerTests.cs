using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Core.Answering;
using NewsBot.Core.Evaluation;

namespace NewsBot.Core.Tests.Evaluation;

/// <summary>The training path of tools/retrain-ranker.sh, on two developer articles (and two others as distractors).</summary>
public sealed partial class RankerTrainerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "newsbot-trainer-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task TrainAsync_WithDistractors_ReportsBothSettingsAndRendersEveryWeight()
    {
        var corpus = CopyArticles("corpus", "ipod", "spectre-2015-film");
        var distractors = CopyArticles("distractors", "solar-energy", "to-kill-a-mockingbird");
        var all = QuestionSetReader.Read(DeveloperSet.Questions);
        var questions = all.Where(q => q.Kind == QuestionKind.InCorpus && q.Article == "ipod").Take(120)
            .Concat(all.Where(q => q.Kind == QuestionKind.InCorpus && q.Article == "spectre-2015-film").Take(120))
            .Concat(all.Where(q => q.Kind == QuestionKind.OffCorpus).Take(120)).ToList();
        var log = new StringWriter(CultureInfo.InvariantCulture);

        var source = await TestEvaluator.Create().TrainAsync(corpus, distractors, questions, log, CancellationToken.None);

        var report = log.ToString();
        Assert.Equal(2, Regex.Matches(report, @"^  test:  @1 \d", RegexOptions.Multiline).Count);
        Assert.Equal(2, Regex.Matches(report, @"^  test among other articles: @1 \d", RegexOptions.Multiline).Count);
        Assert.Contains("all among other articles: @1", report, StringComparison.Ordinal);
        Assert.Equal(SentenceFeatures.Count + AbstentionFeatures.Count, WeightLine().Matches(source).Count);
        var threshold = double.Parse(ThresholdLine().Match(source).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(threshold, 0.0, 1.0);
    }

    private string CopyArticles(string folder, params string[] slugs)
    {
        var target = Directory.CreateDirectory(Path.Combine(_root, folder)).FullName;
        foreach (var slug in slugs)
        {
            File.Copy(Path.Combine(DeveloperSet.Corpus, slug + ".md"), Path.Combine(target, slug + ".md"));
        }

        return target;
    }

    [GeneratedRegex(@"^        -?[0-9][0-9.E+-]*, // \w+$", RegexOptions.Multiline)]
    private static partial Regex WeightLine();

    [GeneratedRegex(@"AbstentionThreshold = ([0-9.E+-]+);")]
    private static partial Regex ThresholdLine();
}
