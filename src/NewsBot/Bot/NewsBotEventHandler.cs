using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Commands;
using NewsBot.Bot.Questions;
using NewsBot.Discord;
using NewsBot.Discord.Models;

namespace NewsBot.Bot;

/// <summary>
/// The bot's gateway event handler. Every method returns quickly: it only decides what an event is and hands the slow
/// part (answering, Discord calls) to <see cref="BackgroundWork"/>, because the client delivers a shard's events one
/// after another and a slow handler would make the next interaction miss its 3-second deadline.
/// </summary>
internal sealed class NewsBotEventHandler(
    BotIdentity identity,
    IOptions<BotOptions> options,
    MessageQuestionResponder questions,
    InteractionRouter interactions,
    CommandRegistrar registrar,
    BackgroundWork work,
    ILogger<NewsBotEventHandler> logger) : IDiscordEventHandler
{
    public Task OnReadyAsync(DiscordReadyEvent ready, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ready);
        identity.Set(ready.User);
        BotLog.Ready(logger, ready.User.Username, ready.User.Id, ready.ShardId, ready.ShardCount);
        registrar.EnsureRegistered(ready.ApplicationId);
        return Task.CompletedTask;
    }

    public Task OnMessageCreatedAsync(DiscordMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (identity.UserId is not { } botUserId)
        {
            return Task.CompletedTask; // not READY yet: cannot tell our own messages or mentions apart
        }

        var question = MessageQuestionFilter.Classify(message, botUserId, options.Value.AskChannelIds);
        if (question is not null)
        {
            work.Start("answer a message", token => questions.AnswerAsync(message, question, token));
        }

        return Task.CompletedTask;
    }

    public Task OnInteractionCreatedAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        interactions.Dispatch(interaction);
        return Task.CompletedTask;
    }
}
