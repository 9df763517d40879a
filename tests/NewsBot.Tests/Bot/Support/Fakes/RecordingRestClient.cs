using System.Collections.Concurrent;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Tests.Bot.Support.Fakes;

/// <summary>A hand-written Discord REST fake that records what the bot sent (and when, on the given clock).</summary>
internal sealed class RecordingRestClient(TimeProvider time) : IDiscordRestClient
{
    private readonly ConcurrentQueue<RecordedCall> _calls = new();

    public IReadOnlyList<RecordedCall> Calls => [.. _calls];

    public IReadOnlyList<RecordedCall> Edits => [.. _calls.Where(c => c.Kind == "edit-original")];

    public Task RespondToInteractionAsync(DiscordInteraction interaction, InteractionResponse response, CancellationToken cancellationToken) =>
        Record(new RecordedCall("respond", response, response.Payload, time.GetUtcNow()));

    public Task<DiscordMessage> EditOriginalResponseAsync(DiscordInteraction interaction, MessagePayload payload, CancellationToken cancellationToken) =>
        RecordMessage(new RecordedCall("edit-original", null, payload, time.GetUtcNow()));

    public Task<DiscordMessage> CreateMessageAsync(ulong channelId, MessagePayload payload, CancellationToken cancellationToken) =>
        RecordMessage(new RecordedCall("create-message", null, payload, time.GetUtcNow()));

    public Task<DiscordMessage> CreateFollowupMessageAsync(DiscordInteraction interaction, MessagePayload payload, CancellationToken cancellationToken) =>
        RecordMessage(new RecordedCall("follow-up", null, payload, time.GetUtcNow()));

    public Task<DiscordMessage> EditMessageAsync(ulong channelId, ulong messageId, MessagePayload payload, CancellationToken cancellationToken) =>
        RecordMessage(new RecordedCall("edit-message", null, payload, time.GetUtcNow()));

    public Task TriggerTypingAsync(ulong channelId, CancellationToken cancellationToken) =>
        Record(new RecordedCall("typing", null, null, time.GetUtcNow()));

    public Task DeleteOriginalResponseAsync(DiscordInteraction interaction, CancellationToken cancellationToken) =>
        Record(new RecordedCall("delete-original", null, null, time.GetUtcNow()));

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<DiscordApplication> GetCurrentApplicationAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<DiscordUser> GetCurrentUserAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<CommandSyncResult> SyncGlobalCommandsAsync(ulong applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<CommandSyncResult> SyncGuildCommandsAsync(ulong applicationId, ulong guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<DiscordChannel> CreateDmChannelAsync(ulong userId, CancellationToken cancellationToken) => throw new NotSupportedException();

    /// <summary>Waits (real time, polling) until <paramref name="condition"/> holds over the recorded calls.</summary>
    public async Task WaitForAsync(Func<IReadOnlyList<RecordedCall>, bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition(Calls))
        {
            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"Timed out waiting for {what}; calls: {string.Join(", ", Calls.Select(c => c.Kind))}");
            }

            await Task.Delay(5, CancellationToken.None);
        }
    }

    private Task Record(RecordedCall call)
    {
        _calls.Enqueue(call);
        return Task.CompletedTask;
    }

    private Task<DiscordMessage> RecordMessage(RecordedCall call)
    {
        _calls.Enqueue(call);
        return Task.FromResult(new DiscordMessage { Id = 1, ChannelId = 2, Author = new DiscordUser(3, "NewsBot", Bot: true), Content = call.Payload?.Content ?? "" });
    }
}
