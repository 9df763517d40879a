using System.Globalization;
using System.Text;
using NewsBot.Core.Answering;

namespace NewsBot.Core.Evaluation;

/// <summary>
/// Trains the sentence ranker and the abstention model on a question set (the developer set only), reports two-fold
/// cross-validation by article (train on half the articles, test on the other half, and the other way round), then
/// fits both models on everything and renders <c>RankerWeights.cs</c>.
/// </summary>
internal sealed class RankerTrainer(TextWriter log)
{
    /// <summary>In-corpus questions the abstention threshold may decline, leaving room under the 5% limit for unseen data.</summary>
    public const double TargetInCorpusRefusal = 0.04;

    private const double SentenceL2 = 0.001;
    private const double AbstentionL2 = 1.0;

    /// <param name="examples">The questions asked of their own corpus.</param>
    /// <param name="crowded">The same questions asked of the corpus among many other articles (or null): both settings
    /// train the models, so signals that only hold in a small corpus (few articles to scatter over) lose their weight.</param>
    public string Train(List<TrainingExample> examples, List<TrainingExample>? crowded)
    {
        var inCorpusArticles = examples.Where(e => e.Question.Kind != QuestionKind.OffCorpus).Select(e => e.Question.Article).Distinct().Order(StringComparer.Ordinal).ToList();
        var offCorpusArticles = examples.Where(e => e.Question.Kind == QuestionKind.OffCorpus).Select(e => e.Question.Article).Distinct().Order(StringComparer.Ordinal).ToList();
        var reachable = examples.Count(e => e.Question.Kind == QuestionKind.InCorpus && e.Labels.Any(l => l));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"candidates: {examples.Sum(e => e.Candidates.Count):N0}; in-corpus questions with an answer-holding candidate: {reachable}/{examples.Count(e => e.Question.Kind == QuestionKind.InCorpus)}"));

        // Two folds by article: alternate articles (in sorted order) to each fold.
        var foldOf = inCorpusArticles.Select((a, i) => (a, i % 2)).Concat(offCorpusArticles.Select((a, i) => (a, i % 2)))
            .ToDictionary(p => p.a, p => p.Item2, StringComparer.Ordinal);
        var all = crowded is null ? examples : [.. examples, .. crowded];
        for (var fold = 0; fold < 2; fold++)
        {
            var model = Fit([.. all.Where(e => foldOf[e.Question.Article] != fold)], [.. examples.Where(e => foldOf[e.Question.Article] != fold)]);
            log.WriteLine($"fold {fold + 1}: test articles {string.Join(", ", foldOf.Where(p => p.Value == fold).Select(p => p.Key))}");
            log.WriteLine("  train: " + Measure(model, [.. examples.Where(e => foldOf[e.Question.Article] != fold)]));
            log.WriteLine("  test:  " + Measure(model, [.. examples.Where(e => foldOf[e.Question.Article] == fold)]));
            if (crowded is not null)
            {
                log.WriteLine("  test among other articles: " + Measure(model, [.. crowded.Where(e => foldOf[e.Question.Article] == fold)]));
            }
        }

        var final = Fit(all, examples);
        log.WriteLine("all:     " + Measure(final, examples));
        if (crowded is not null)
        {
            log.WriteLine("all among other articles: " + Measure(final, crowded));
        }

        return Render(final);
    }

    private sealed record Model(double[] Sentence, double[] Abstention, double Threshold);

    /// <param name="calibration">The examples the threshold is set on: the questions asked of their own corpus.</param>
    private static Model Fit(List<TrainingExample> examples, List<TrainingExample> calibration)
    {
        var lists = examples.Where(e => e.Question.Kind == QuestionKind.InCorpus && e.Labels.Any(l => l))
            .Select(e => (e.Candidates.Select(c => c.Features).ToArray(), e.Labels)).ToList();
        var sentence = ListwiseRanker.Fit(lists, SentenceFeatures.Count, SentenceL2);
        var abstentionRows = new List<double[]>();
        var abstentionLabels = new List<bool>();
        foreach (var example in examples.Where(e => e.Question.Kind != QuestionKind.Unanswerable && e.Candidates.Count > 0))
        {
            abstentionRows.Add(example.Rank(sentence).Features);
            abstentionLabels.Add(example.Question.Kind == QuestionKind.InCorpus);
        }

        var abstention = LogisticRegression.Fit(abstentionRows, abstentionLabels, AbstentionL2);
        var inCorpus = calibration.Where(e => e.Question.Kind == QuestionKind.InCorpus).ToList();
        var probabilities = inCorpus.Where(e => e.Candidates.Count > 0)
            .Select(e => LogisticRegression.Sigmoid(LogisticRegression.Dot(abstention, e.Rank(sentence).Features)))
            .Order().ToList();
        var refuseAnyway = inCorpus.Count - probabilities.Count;
        var index = Math.Clamp((int)(TargetInCorpusRefusal * inCorpus.Count) - refuseAnyway, 0, Math.Max(probabilities.Count - 1, 0));
        return new Model(sentence, abstention, probabilities.Count > 0 ? probabilities[index] : 0.5);
    }

    private static string Measure(Model model, List<TrainingExample> examples)
    {
        int inCorpus = 0, top = 0, refusedIn = 0, off = 0, refusedOff = 0, unanswerable = 0, refusedUnanswerable = 0;
        foreach (var example in examples)
        {
            var answered = false;
            var first = false;
            if (example.Candidates.Count > 0)
            {
                var (features, best) = example.Rank(model.Sentence);
                answered = LogisticRegression.Sigmoid(LogisticRegression.Dot(model.Abstention, features)) >= model.Threshold;
                first = best;
            }

            switch (example.Question.Kind)
            {
                case QuestionKind.InCorpus:
                    inCorpus++;
                    top += answered && first ? 1 : 0;
                    refusedIn += answered ? 0 : 1;
                    break;
                case QuestionKind.OffCorpus:
                    off++;
                    refusedOff += answered ? 0 : 1;
                    break;
                default:
                    unanswerable++;
                    refusedUnanswerable += answered ? 0 : 1;
                    break;
            }
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"@1 {Share(top, inCorpus):P1}, in-corpus refused {Share(refusedIn, inCorpus):P1}, off-corpus refused {Share(refusedOff, off):P1}, unanswerable refused {Share(refusedUnanswerable, unanswerable):P1} ({inCorpus}/{off}/{unanswerable} questions)");
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static string Render(Model model)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("// <auto-generated> by tools/retrain-ranker.sh (newsbot eval --train); do not edit by hand. </auto-generated>");
        text.AppendLine("namespace NewsBot.Core.Answering;");
        text.AppendLine();
        text.AppendLine("/// <summary>Weights of <see cref=\"RankingModel\"/>, trained on the SQuAD developer sample (tests/data/squad-train-sample).</summary>");
        text.AppendLine("internal static class RankerWeights");
        text.AppendLine("{");
        text.AppendLine("    /// <summary>One weight per <see cref=\"SentenceFeatures.Names\"/> entry, in order.</summary>");
        text.AppendLine("    public static readonly double[] Sentence =");
        text.AppendLine("    [");
        for (var i = 0; i < model.Sentence.Length; i++)
        {
            text.AppendLine(c, $"        {model.Sentence[i].ToString("R", c)}, // {SentenceFeatures.Names[i]}");
        }

        text.AppendLine("    ];");
        text.AppendLine();
        text.AppendLine("    /// <summary>One weight per <see cref=\"AbstentionFeatures.Names\"/> entry, in order.</summary>");
        text.AppendLine("    public static readonly double[] Abstention =");
        text.AppendLine("    [");
        for (var i = 0; i < model.Abstention.Length; i++)
        {
            text.AppendLine(c, $"        {model.Abstention[i].ToString("R", c)}, // {AbstentionFeatures.Names[i]}");
        }

        text.AppendLine("    ];");
        text.AppendLine();
        text.AppendLine(c, $"    /// <summary>Answer only at or above this probability (set to decline {TargetInCorpusRefusal:P1} of the in-corpus training questions).</summary>");
        text.AppendLine(c, $"    public const double AbstentionThreshold = {model.Threshold.ToString("R", c)};");
        text.AppendLine("}");
        return text.ToString();
    }
}
