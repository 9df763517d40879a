using NewsBot.Core.Answering;

namespace NewsBot.Cli;

/// <summary>Renders an answer for <c>chat</c> the way the bot would post it in Discord.</summary>
internal static class ChatRendering
{
    public static string Render(Answer answer)
    {
        using var writer = new StringWriter();
        PlainAnswerWriter.Write(writer, answer);
        return writer.ToString().TrimEnd();
    }
}
