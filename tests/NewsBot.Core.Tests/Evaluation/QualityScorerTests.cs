using NewsBot.Core.Evaluation;

namespace NewsBot.Core.Tests.Evaluation;

public sealed class QualityScorerTests
{
    private static EvaluationQuestion Question(QuestionKind kind) => new("id", "q?", kind == QuestionKind.InCorpus ? ["x"] : [], "a", kind);

    [Fact]
    public void Score_MixedOutcomes_CountsRefusalsAsMisses()
    {
        QuestionOutcome[] outcomes =
        [
            new(Question(QuestionKind.InCorpus), true, 1, 0.9, 1, []),
            new(Question(QuestionKind.InCorpus), true, 3, 0.8, 2, []),
            new(Question(QuestionKind.InCorpus), true, 0, 0.7, 3, []),
            new(Question(QuestionKind.InCorpus), false, 0, 0, 4, []),
            new(Question(QuestionKind.OffCorpus), false, 0, 0, 5, []),
            new(Question(QuestionKind.OffCorpus), true, 0, 0.5, 6, []),
            new(Question(QuestionKind.Unanswerable), false, 0, 0, 7, []),
        ];

        var measures = QualityScorer.Score("test", outcomes);

        Assert.Equal(0.25, measures.AnswerInQuote1);
        Assert.Equal(0.5, measures.AnswerInQuote3);
        Assert.Equal(0.25, measures.InCorpusRefusal);
        Assert.Equal(0.5, measures.OffCorpusRefusal);
        Assert.Equal(1.0, measures.UnanswerableRefusal);
        Assert.Equal(4, measures.MedianMilliseconds);
        Assert.Equal(7, measures.P99Milliseconds);
    }

    [Fact]
    public void Score_DeclinedMoreThanFivePercent_MovesTheThresholdDownUsingDeclinedConfidences()
    {
        // 20 in-corpus questions, 4 declined (20 %): the 5 % threshold is the second lowest confidence (0.2), so only
        // off-corpus questions below it count as refused, although the answerer itself declined all three.
        var outcomes = Enumerable.Range(0, 16).Select(i => new QuestionOutcome(Question(QuestionKind.InCorpus), true, 1, 0.5 + (i / 100.0), 1, []))
            .Concat(new[] { 0.1, 0.2, 0.3, 0.35 }.Select(c => new QuestionOutcome(Question(QuestionKind.InCorpus), false, 0, c, 1, [])))
            .Concat(new[] { 0.05, 0.15, 0.25 }.Select(c => new QuestionOutcome(Question(QuestionKind.OffCorpus), false, 0, c, 1, [])))
            .ToList();

        var measures = QualityScorer.Score("test", outcomes);

        Assert.Equal(1.0, measures.OffCorpusRefusal);
        Assert.Equal(2 / 3.0, measures.OffCorpusRefusalAtFivePercent, 6);
    }

    [Fact]
    public void RankOf_AnswerInSecondQuote_ReturnsTwo()
    {
        var question = new EvaluationQuestion("id", "When?", ["26 February 1832"], "a", QuestionKind.InCorpus);

        var rank = QuestionOutcome.RankOf(question, ["Chopin left Warsaw.", "On 26 February 1832, Chopin gave a concert.", "Later."]);

        Assert.Equal(2, rank);
    }
}
