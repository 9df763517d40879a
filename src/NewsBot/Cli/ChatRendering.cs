using NewsBot.Bot.Rendering;
using NewsBot.Core.Answering;

namespace NewsBot.Cli;

/// <summary>Renders an answer for <c>chat</c> exactly as the bot posts it in Discord (same markdown, same length limit).</summary>
internal static class ChatRendering
{
    public static string Render(Answer answer) => DiscordAnswerRenderer.Render(answer);
}
