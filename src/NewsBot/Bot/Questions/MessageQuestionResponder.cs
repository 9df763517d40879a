using Microsoft.Extensions.Logging;
using NewsBot.Bot.Rendering;
using NewsBot.Core.Answering;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Bot.Questions;

/// <summary>
/// Answers a question asked in chat: shows "typing…", asks the answer engine, and replies to the message without
/// pinging its author (<c>allowed_mentions</c> parses nothing and <c>replied_user</c> is false).
/// </summary>
internal sealed class MessageQuestionResponder(
    IQuestionAnswerer answerer,
    IDiscordRestClient rest,
    BotIdentity identity,
    ILogger<MessageQuestionResponder> logger)
{
    public async Task AnswerAsync(DiscordMessage message, MessageQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(question);
        BotLog.Question(logger, question.Source, message.ChannelId, question.Text.Length);
        string content;
        if (question.IsEmpty)
        {
            content = DiscordAnswerRenderer.AskHint(identity.Name);
        }
        else
        {
            try
            {
                await rest.TriggerTypingAsync(message.ChannelId, cancellationToken).ConfigureAwait(false);
            }
            catch (DiscordApiException exception)
            {
                // Typing is a courtesy: without it (e.g. missing permission) the answer is still worth sending.
                BotLog.ActionFailed(logger, "show typing", exception.Message, exception);
            }

            var answer = await Task.Run(() => answerer.Ask(question.Text), cancellationToken).ConfigureAwait(false);
            content = DiscordAnswerRenderer.Render(answer);
        }

        await rest.CreateMessageAsync(message.ChannelId, MessagePayload.Text(content).AsReplyTo(message), cancellationToken)
            .ConfigureAwait(false);
    }
}
