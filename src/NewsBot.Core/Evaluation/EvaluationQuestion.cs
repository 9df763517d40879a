namespace NewsBot.Core.Evaluation;

/// <summary>One line of a question file (<c>questions.jsonl</c>): the question, its gold answers and what kind it is.</summary>
/// <param name="Article">The slug of the article the question was written about (outside the corpus for off-corpus questions).</param>
public sealed record EvaluationQuestion(string Id, string Question, IReadOnlyList<string> Answers, string Article, QuestionKind Kind);
