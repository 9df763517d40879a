using System.Text.Json;
using NewsBot.Bot.Rendering;
using NewsBot.Core.Answering;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Models;

namespace NewsBot.Bot.Commands;

/// <summary>
/// <c>/ask question:&lt;text&gt; [private:true]</c> and the "Ask NewsBot" message command (which asks the text of the
/// message it was used on). Private answers are ephemeral.
/// </summary>
internal sealed class AskCommand(IQuestionAnswerer answerer, InteractionReplies replies, BotIdentity identity)
{
    public Task AskAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var question = interaction.Data?.GetOption("question")?.ValueAsString() ?? "";
        var isPrivate = interaction.Data?.GetOption("private")?.Value is { ValueKind: JsonValueKind.True };
        return AnswerAsync(interaction, question, isPrivate, cancellationToken);
    }

    public Task AskMessageAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var target = interaction.Data?.TargetMessage;
        if (target is null || string.IsNullOrWhiteSpace(target.Content))
        {
            return replies.RespondAsync(interaction,
                MessagePayload.Text("That message has no text to ask about. " + DiscordAnswerRenderer.AskHint(identity.Name)),
                ephemeral: true, cancellationToken);
        }

        var question = identity.UserId is { } botId ? Questions.MessageQuestionFilter.StripMention(target.Content, botId) : target.Content;
        return AnswerAsync(interaction, question, isPrivate: false, cancellationToken);
    }

    private Task AnswerAsync(DiscordInteraction interaction, string question, bool isPrivate, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return replies.RespondAsync(interaction, MessagePayload.Text(DiscordAnswerRenderer.AskHint(identity.Name)), ephemeral: true, cancellationToken);
        }

        return replies.ReplyAsync(
            interaction,
            () => MessagePayload.Text(DiscordAnswerRenderer.Render(answerer.Ask(question))),
            isPrivate,
            cancellationToken);
    }
}
