namespace NewsBot.Core.Evaluation;

/// <summary>The result of one evaluation run: the corpus indexed, the plain-BM25 yardstick and NewsBot side by side.</summary>
/// <param name="Outcomes">NewsBot's outcome for every question, in question-file order (for error analysis).</param>
public sealed record EvaluationReport(
    int Articles,
    int Passages,
    QualityMeasures Baseline,
    QualityMeasures NewsBot,
    IReadOnlyList<QuestionOutcome> Outcomes);
