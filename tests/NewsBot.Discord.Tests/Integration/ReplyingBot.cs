using System.Threading.Channels;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Tests.Integration;

/// <summary>
/// A small bot written the way the NewsBot bot uses the library: replies to messages, defers slash commands then
/// edits the original response, answers autocomplete, updates the message a button is on.
/// </summary>
internal sealed class ReplyingBot(IDiscordRestClient rest) : IDiscordEventHandler
{
    private readonly Channel<object> _events = Channel.CreateUnbounded<object>();
    private ulong _botUserId;

    public Task OnReadyAsync(DiscordReadyEvent ready, CancellationToken cancellationToken)
    {
        _botUserId = ready.User.Id;
        _events.Writer.TryWrite(ready);
        return Task.CompletedTask;
    }

    public async Task OnMessageCreatedAsync(DiscordMessage message, CancellationToken cancellationToken)
    {
        _events.Writer.TryWrite(message);
        if (message.Author.Id == _botUserId || message.Author.Bot)
        {
            return; // never answer ourselves or other bots
        }

        var reply = MessagePayload.Text($"You said: {message.Content}") with
        {
            Components = [ActionRow.Of(Button.Create("more", "More"))],
        };
        await rest.CreateMessageAsync(message.ChannelId, reply.AsReplyTo(message), cancellationToken);
    }

    public async Task OnInteractionCreatedAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        _events.Writer.TryWrite(interaction);
        switch (interaction.Type)
        {
            case InteractionType.ApplicationCommandAutocomplete:
                var typed = interaction.Data?.FindFocusedOption()?.ValueAsString() ?? "";
                await rest.RespondToInteractionAsync(interaction, InteractionResponse.Autocomplete(
                    [ApplicationCommandChoice.Of($"{typed} (news)", typed), ApplicationCommandChoice.Of("elections", "elections")]), cancellationToken);
                break;

            case InteractionType.ApplicationCommand when interaction.Data?.TargetMessage is { } target:
                await rest.RespondToInteractionAsync(interaction, InteractionResponse.Message(MessagePayload.Text($"About: {target.Content}"), ephemeral: true), cancellationToken);
                break;

            case InteractionType.ApplicationCommand:
                await rest.RespondToInteractionAsync(interaction, InteractionResponse.Defer(), cancellationToken);
                var question = interaction.Data?.GetOption("question")?.ValueAsString();
                await rest.EditOriginalResponseAsync(interaction, MessagePayload.Text($"Answer to: {question} @everyone"), cancellationToken);
                await rest.CreateFollowupMessageAsync(interaction, MessagePayload.Text("Sources follow.") with { Flags = MessageFlags.Ephemeral }, cancellationToken);
                break;

            case InteractionType.MessageComponent:
                await rest.RespondToInteractionAsync(interaction, InteractionResponse.UpdateMessage(MessagePayload.Text($"Clicked {interaction.Data?.CustomId}")), cancellationToken);
                break;
        }
    }

    /// <summary>The next event of type <typeparamref name="T"/> delivered to the bot.</summary>
    public async Task<T> NextAsync<T>(Func<T, bool>? match = null)
    {
        using var limit = new CancellationTokenSource(EmulatorHarness.Patience);
        while (true)
        {
            if (await _events.Reader.ReadAsync(limit.Token) is T found && (match?.Invoke(found) ?? true))
            {
                return found;
            }
        }
    }
}
