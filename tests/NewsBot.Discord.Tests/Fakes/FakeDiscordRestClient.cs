using System.Net;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>Answers <c>GET gateway/bot</c> for gateway tests; the gateway needs nothing else from REST.</summary>
internal sealed class FakeDiscordRestClient(int recommendedShards = 1, bool rejectToken = false, int maxConcurrency = 1, int remainingSessions = 1000) : IDiscordRestClient
{
    public const string GatewayUrl = "wss://gateway.example.test";

    public int GatewayBotCalls { get; private set; }

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        GatewayBotCalls++;
        return rejectToken
            ? throw new DiscordApiException(HttpStatusCode.Unauthorized, 0, "401: Unauthorized", null, "GET gateway/bot")
            : Task.FromResult(new GatewayBotInfo(GatewayUrl, recommendedShards, new SessionStartLimit(1000, remainingSessions, 14_400_000, maxConcurrency)));
    }

    public Task<DiscordApplication> GetCurrentApplicationAsync(CancellationToken cancellationToken) => throw Unused();

    public Task<DiscordUser> GetCurrentUserAsync(CancellationToken cancellationToken) => throw Unused();

    public Task<CommandSyncResult> SyncGlobalCommandsAsync(ulong applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) => throw Unused();

    public Task<CommandSyncResult> SyncGuildCommandsAsync(ulong applicationId, ulong guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) => throw Unused();

    public Task RespondToInteractionAsync(DiscordInteraction interaction, InteractionResponse response, CancellationToken cancellationToken) => throw Unused();

    public Task<DiscordMessage> EditOriginalResponseAsync(DiscordInteraction interaction, MessagePayload payload, CancellationToken cancellationToken) => throw Unused();

    public Task DeleteOriginalResponseAsync(DiscordInteraction interaction, CancellationToken cancellationToken) => throw Unused();

    public Task<DiscordMessage> CreateFollowupMessageAsync(DiscordInteraction interaction, MessagePayload payload, CancellationToken cancellationToken) => throw Unused();

    public Task<DiscordMessage> CreateMessageAsync(ulong channelId, MessagePayload payload, CancellationToken cancellationToken) => throw Unused();

    public Task<DiscordMessage> EditMessageAsync(ulong channelId, ulong messageId, MessagePayload payload, CancellationToken cancellationToken) => throw Unused();

    public Task TriggerTypingAsync(ulong channelId, CancellationToken cancellationToken) => throw Unused();

    public Task<DiscordChannel> CreateDmChannelAsync(ulong userId, CancellationToken cancellationToken) => throw Unused();

    private static NotSupportedException Unused() => new("The gateway does not call this.");
}
