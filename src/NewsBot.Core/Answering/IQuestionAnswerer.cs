namespace NewsBot.Core.Answering;

/// <summary>Answers a question with quotes from the live index. Safe for any input and for concurrent callers.</summary>
public interface IQuestionAnswerer
{
    /// <param name="maxQuotes">Overrides <c>NewsBot:MaxQuotes</c> for this question when set.</param>
    Answer Ask(string question, int? maxQuotes = null);
}
