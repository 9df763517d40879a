using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Rest;

/// <summary>The HTTP API client: typed calls over one <see cref="HttpClient"/> with Discord's rate limits.</summary>
public sealed partial class DiscordRestClient : IDiscordRestClient
{
    /// <summary>Creates the client; <paramref name="httpClient"/> gets its base address and headers from <paramref name="options"/>.</summary>
    public DiscordRestClient(HttpClient httpClient, IOptions<DiscordOptions> options, TimeProvider timeProvider, Random random, ILogger<DiscordRestClient> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(logger);
    }

    /// <inheritdoc/>
    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc/>
    public Task<DiscordApplication> GetCurrentApplicationAsync(CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc/>
    public Task<DiscordUser> GetCurrentUserAsync(CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc/>
    public Task<CommandSyncResult> SyncGlobalCommandsAsync(ulong applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc/>
    public Task<CommandSyncResult> SyncGuildCommandsAsync(ulong applicationId, ulong guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc/>
    public Task RespondToInteractionAsync(DiscordInteraction interaction, InteractionResponse response, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc/>
    public Task<DiscordMessage> EditOriginalResponseAsync(DiscordInteraction interaction, MessagePayload payload, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc/>
    public Task DeleteOriginalResponseAsync(DiscordInteraction interaction, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc/>
    public Task<DiscordMessage> CreateFollowupMessageAsync(DiscordInteraction interaction, MessagePayload payload, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc/>
    public Task<DiscordMessage> CreateMessageAsync(ulong channelId, MessagePayload payload, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc/>
    public Task<DiscordMessage> EditMessageAsync(ulong channelId, ulong messageId, MessagePayload payload, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc/>
    public Task TriggerTypingAsync(ulong channelId, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc/>
    public Task<DiscordChannel> CreateDmChannelAsync(ulong userId, CancellationToken cancellationToken) => throw new NotImplementedException();
}
