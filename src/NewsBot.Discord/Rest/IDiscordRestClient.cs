using NewsBot.Discord.Commands;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Typed calls to Discord's HTTP API v10. Rate limits are handled inside (waits, not errors); payloads are
/// validated before sending (<see cref="DiscordValidationException"/>); Discord's refusals surface as
/// <see cref="DiscordApiException"/>. Interaction tokens and the bot token never appear in messages or logs.
/// </summary>
public interface IDiscordRestClient
{
    /// <summary><c>GET gateway/bot</c>: gateway URL, recommended shards, session start limit.</summary>
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken);

    /// <summary><c>GET applications/@me</c>.</summary>
    Task<DiscordApplication> GetCurrentApplicationAsync(CancellationToken cancellationToken);

    /// <summary><c>GET users/@me</c>: the bot user.</summary>
    Task<DiscordUser> GetCurrentUserAsync(CancellationToken cancellationToken);

    /// <summary>Makes the global commands equal <paramref name="commands"/>: GET, compare, bulk PUT only if different.</summary>
    Task<CommandSyncResult> SyncGlobalCommandsAsync(ulong applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken);

    /// <summary>Makes one guild's commands equal <paramref name="commands"/>: GET, compare, bulk PUT only if different.</summary>
    Task<CommandSyncResult> SyncGuildCommandsAsync(ulong applicationId, ulong guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken);

    /// <summary>The initial response (within 3 s). Never retried on 10062 (expired) or 40060 (already answered).</summary>
    Task RespondToInteractionAsync(DiscordInteraction interaction, InteractionResponse response, CancellationToken cancellationToken);

    /// <summary>Edits the original response (<c>PATCH webhooks/{app}/{token}/messages/@original</c>), e.g. after a defer.</summary>
    Task<DiscordMessage> EditOriginalResponseAsync(DiscordInteraction interaction, MessagePayload payload, CancellationToken cancellationToken);

    /// <summary>Deletes the original response.</summary>
    Task DeleteOriginalResponseAsync(DiscordInteraction interaction, CancellationToken cancellationToken);

    /// <summary>Sends a follow-up message (<c>POST webhooks/{app}/{token}</c>); set <see cref="MessageFlags.Ephemeral"/> to hide it from others.</summary>
    Task<DiscordMessage> CreateFollowupMessageAsync(DiscordInteraction interaction, MessagePayload payload, CancellationToken cancellationToken);

    /// <summary>Posts a message in a channel (use <see cref="MessagePayload.AsReplyTo"/> to reply).</summary>
    Task<DiscordMessage> CreateMessageAsync(ulong channelId, MessagePayload payload, CancellationToken cancellationToken);

    /// <summary>Edits one of the bot's messages.</summary>
    Task<DiscordMessage> EditMessageAsync(ulong channelId, ulong messageId, MessagePayload payload, CancellationToken cancellationToken);

    /// <summary>Shows "bot is typing…" for up to 10 s.</summary>
    Task TriggerTypingAsync(ulong channelId, CancellationToken cancellationToken);

    /// <summary>Opens (or returns the existing) DM channel with a user.</summary>
    Task<DiscordChannel> CreateDmChannelAsync(ulong userId, CancellationToken cancellationToken);
}
