using Microsoft.Extensions.Logging;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Bot.Commands;

/// <summary>
/// Answers interactions within Discord's 3-second deadline: a result ready within <see cref="DirectAnswerWindow"/> is sent
/// as the response itself (type 4); slower work is deferred (type 5, "thinking…") and the result edits the original response.
/// </summary>
internal sealed class InteractionReplies(IDiscordRestClient rest, TimeProvider time, ILogger<InteractionReplies> logger)
{
    /// <summary>Well inside the 3 s deadline, leaving room for the gateway's delivery and the HTTP round trip.</summary>
    public static readonly TimeSpan DirectAnswerWindow = TimeSpan.FromMilliseconds(1500);

    public const string FailureMessage = "Something went wrong while answering; please try again in a moment.";

    public async Task ReplyAsync(DiscordInteraction interaction, Func<MessagePayload> produce, bool ephemeral, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(produce);
        var result = Task.Run(produce, cancellationToken);
        using var window = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timer = Task.Delay(DirectAnswerWindow, time, window.Token);
        await Task.WhenAny(result, timer).ConfigureAwait(false);
        await window.CancelAsync().ConfigureAwait(false);

        if (result.IsCompletedSuccessfully)
        {
            await rest.RespondToInteractionAsync(interaction, InteractionResponse.Message(result.Result, ephemeral), cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        if (result.IsCompleted)
        {
            BotLog.ActionFailed(logger, "answer an interaction", result.Exception?.GetBaseException().Message ?? "cancelled", (Exception?)result.Exception ?? new OperationCanceledException());
            await RespondAsync(interaction, MessagePayload.Text(FailureMessage), ephemeral: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        await rest.RespondToInteractionAsync(interaction, InteractionResponse.Defer(ephemeral), cancellationToken).ConfigureAwait(false);
        MessagePayload payload;
        try
        {
            payload = await result.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            BotLog.ActionFailed(logger, "answer an interaction", exception.Message, exception);
            payload = MessagePayload.Text(FailureMessage);
        }

        await rest.EditOriginalResponseAsync(interaction, payload, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An immediate response (type 4), for answers that need no work.</summary>
    public Task RespondAsync(DiscordInteraction interaction, MessagePayload payload, bool ephemeral, CancellationToken cancellationToken) =>
        rest.RespondToInteractionAsync(interaction, InteractionResponse.Message(payload, ephemeral), cancellationToken);
}
