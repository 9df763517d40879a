using NewsBot.Core.Answering;

namespace NewsBot.Core.Evaluation;

/// <summary>
/// One question as the trainer sees it: its candidate sentences with features, whether each candidate's quote (grown
/// as <see cref="QuoteWindow"/> grows it) holds a gold answer, and the question-level abstention values.
/// </summary>
internal sealed class TrainingExample
{
    private readonly TermStatistics? _statistics;
    private readonly QuestionProfile? _profile;

    private TrainingExample(EvaluationQuestion question, List<SentenceCandidate> candidates, bool[] labels, TermStatistics? statistics, QuestionProfile? profile)
    {
        Question = question;
        Candidates = candidates;
        Labels = labels;
        _statistics = statistics;
        _profile = profile;
    }

    public EvaluationQuestion Question { get; }

    public List<SentenceCandidate> Candidates { get; }

    public bool[] Labels { get; }

    public static TrainingExample From(AnswerEngine engine, EvaluationQuestion question, int maxQuoteLength)
    {
        var (ranked, statistics, profile) = engine.Inspect(question.Question);
        var answers = question.Answers.Select(SquadText.Normalize).Where(a => a.Length > 0).ToList();
        var labels = ranked.Select(candidate =>
        {
            var span = QuoteWindow.Build(candidate, maxQuoteLength, _ => false);
            var text = SquadText.Normalize(candidate.Article.Text[span.Start..span.End]);
            return answers.Any(answer => SquadText.ContainsAnswer(text, answer));
        }).ToArray();
        return new TrainingExample(question, ranked, labels, statistics, profile);
    }

    /// <summary>Scores the candidates with <paramref name="sentenceWeights"/>: the abstention features of the new best and whether its quote holds an answer.</summary>
    public (double[] Features, bool BestHoldsAnswer) Rank(double[] sentenceWeights)
    {
        var best = 0;
        for (var i = 0; i < Candidates.Count; i++)
        {
            Candidates[i].Score = LogisticRegression.Dot(sentenceWeights, Candidates[i].Features);
            if (Candidates[i].Score > Candidates[best].Score)
            {
                best = i;
            }
        }

        var order = Enumerable.Range(0, Candidates.Count).OrderByDescending(i => Candidates[i].Score).Take(5).Select(i => Candidates[i]).ToList();
        var features = AbstentionFeatures.Describe(_statistics!, _profile!, order);
        return (features, Labels[best]);
    }
}
