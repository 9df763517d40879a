namespace NewsBot.Core.Evaluation;

/// <summary>Turns per-question outcomes into <see cref="QualityMeasures"/>.</summary>
public static class QualityScorer
{
    public static QualityMeasures Score(string system, IReadOnlyList<QuestionOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var inCorpus = outcomes.Where(o => o.Question.Kind == QuestionKind.InCorpus).ToList();
        var unanswerable = outcomes.Where(o => o.Question.Kind == QuestionKind.Unanswerable).ToList();
        var offCorpus = outcomes.Where(o => o.Question.Kind == QuestionKind.OffCorpus).ToList();
        var times = outcomes.Select(o => o.Milliseconds).Order().ToArray();
        return new QualityMeasures(
            system,
            inCorpus.Count,
            unanswerable.Count,
            offCorpus.Count,
            Share(inCorpus, o => o.AnswerRank == 1),
            Share(inCorpus, o => o.AnswerRank is >= 1 and <= 3),
            Share(inCorpus, o => !o.Answered),
            Share(unanswerable, o => !o.Answered),
            Share(offCorpus, o => !o.Answered),
            RefusalAtThreshold(inCorpus, offCorpus),
            Percentile(times, 0.5),
            Percentile(times, 0.99));
    }

    private static double Share(List<QuestionOutcome> outcomes, Func<QuestionOutcome, bool> test) =>
        outcomes.Count == 0 ? 0 : (double)outcomes.Count(test) / outcomes.Count;

    private static double RefusalAtThreshold(List<QuestionOutcome> inCorpus, List<QuestionOutcome> offCorpus)
    {
        if (inCorpus.Count == 0)
        {
            return 0;
        }

        // Scores are the answerers' confidences, declined questions included, so the threshold can move either way.
        var scores = inCorpus.Select(o => o.TopScore).Order().ToArray();
        var threshold = scores[(int)Math.Floor(scores.Length * 0.05)];
        return Share(offCorpus, o => o.TopScore < threshold);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
