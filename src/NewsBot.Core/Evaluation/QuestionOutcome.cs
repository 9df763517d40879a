using NewsBot.Core.Answering;

namespace NewsBot.Core.Evaluation;

/// <summary>What an answerer did with one question: declined or not, where (1-based) the first quote holding a gold answer came, and how long it took.</summary>
/// <param name="AnswerRank">1..3 for the first quote (of the first three) holding a gold answer; 0 when none does.</param>
/// <param name="TopScore">The answer's <see cref="Answer.Confidence"/>, for calibrating a refusal threshold after the fact.</param>
/// <param name="Quotes">The quotes given (none when declined), for error analysis.</param>
public sealed record QuestionOutcome(EvaluationQuestion Question, bool Answered, int AnswerRank, double TopScore, double Milliseconds, IReadOnlyList<Quote> Quotes)
{
    /// <summary>Scores an answer's quotes against the question's gold answers, the SQuAD way.</summary>
    public static int RankOf(EvaluationQuestion question, IEnumerable<string> quotes)
    {
        ArgumentNullException.ThrowIfNull(question);
        var answers = question.Answers.Select(SquadText.Normalize).Where(a => a.Length > 0).ToList();
        var rank = 0;
        foreach (var quote in quotes.Take(3))
        {
            rank++;
            var normalized = SquadText.Normalize(quote);
            if (answers.Any(answer => SquadText.ContainsAnswer(normalized, answer)))
            {
                return rank;
            }
        }

        return 0;
    }
}
