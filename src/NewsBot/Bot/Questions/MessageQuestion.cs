namespace NewsBot.Bot.Questions;

/// <summary>A chat message the bot should answer: the question text (the bot's mention removed), or a hint when it is empty.</summary>
internal sealed record MessageQuestion(string Text, string Source)
{
    public bool IsEmpty => Text.Length == 0;
}
