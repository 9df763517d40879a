namespace NewsBot.Core.Evaluation;

/// <summary>
/// How one answerer did on a question set. Shares are 0..1; a declined in-corpus question counts as a miss at @1 and @3.
/// Times are per question, single thread, after a warm-up.
/// </summary>
/// <param name="AnswerInQuote1">Share of in-corpus questions whose first quote holds a gold answer.</param>
/// <param name="AnswerInQuote3">Share of in-corpus questions where one of the first three quotes holds a gold answer.</param>
/// <param name="InCorpusRefusal">Share of in-corpus questions declined (should stay at or under 5%).</param>
/// <param name="UnanswerableRefusal">Share of unanswerable questions declined.</param>
/// <param name="OffCorpusRefusal">Share of off-corpus questions declined.</param>
/// <param name="OffCorpusRefusalAtFivePercent">Share of off-corpus questions that a threshold on the answerer's confidence would
/// decline if set, after the fact, to decline 5% of in-corpus questions: how well the score separates the two, whatever the
/// answerer's own abstention does.</param>
public sealed record QualityMeasures(
    string System,
    int InCorpus,
    int Unanswerable,
    int OffCorpus,
    double AnswerInQuote1,
    double AnswerInQuote3,
    double InCorpusRefusal,
    double UnanswerableRefusal,
    double OffCorpusRefusal,
    double OffCorpusRefusalAtFivePercent,
    double MedianMilliseconds,
    double P99Milliseconds);
