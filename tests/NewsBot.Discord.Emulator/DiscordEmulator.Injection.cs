using System.Text.Json.Nodes;
using NewsBot.Discord.Emulator.Gateway;
using NewsBot.Discord.Emulator.State;

namespace NewsBot.Discord.Emulator;

/// <summary>Injecting what users do: messages in guilds and DMs, slash commands, message commands, component clicks, autocomplete.</summary>
public sealed partial class DiscordEmulator
{
    /// <summary>A user posts <paramref name="content"/>; dispatched as MESSAGE_CREATE to the sessions whose intents and shard cover it.</summary>
    public async Task<EmulatedMessage> InjectMessageAsync(string content, MessageInjection? injection = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        injection ??= new MessageInjection();
        var authorId = injection.AuthorId ?? User.Id;
        var text = injection.MentionBot ? $"<@{BotUserId}> {content}" : content;
        MessageRecord message;
        DispatchEvent created;
        lock (_state.Sync)
        {
            var channel = _state.Channels.TryGetValue(injection.ChannelId ?? Channel.Id, out var found)
                ? found
                : throw new ArgumentException($"Channel {injection.ChannelId} does not exist.", nameof(injection));
            if (!_state.Users.ContainsKey(authorId))
            {
                throw new ArgumentException($"User {authorId} does not exist; add it with AddUser first.", nameof(injection));
            }

            if (channel.GuildId is { } guildId && !_state.Members.ContainsKey((guildId, authorId)))
            {
                _state.Members[(guildId, authorId)] = new EmulatedMember(guildId, authorId, [], _state.Time.GetUtcNow());
            }

            MessageRecord? referenced = null;
            if (injection.ReplyToMessageId is { } replyTo && !_state.Messages.TryGetValue(replyTo, out referenced))
            {
                throw new ArgumentException($"Message {replyTo} does not exist.", nameof(injection));
            }

            var body = new JsonObject { ["content"] = text };
            message = MessageFactory.Create(_state, channel, body, [], new MessageOrigin(authorId, referenced is null ? 0 : 19, Referenced: referenced));
            _state.AddMessage(message);
            created = MessageEvents.Created(_state, message);
        }

        _state.Changed.Notify();
        await _gateway.DispatchAsync(created, cancellationToken).ConfigureAwait(false);
        return GetMessage(message.Id)!;
    }

    /// <summary>A user posts a message that mentions the bot (content is delivered even without MESSAGE_CONTENT).</summary>
    public Task<EmulatedMessage> InjectMentionAsync(string content, MessageInjection? injection = null, CancellationToken cancellationToken = default) =>
        InjectMessageAsync(content, (injection ?? new MessageInjection()) with { MentionBot = true }, cancellationToken);

    /// <summary>A user sends the bot a DM (opening the DM channel if needed).</summary>
    public Task<EmulatedMessage> InjectDirectMessageAsync(string content, ulong? authorId = null, CancellationToken cancellationToken = default)
    {
        var channel = OpenDirectMessageChannel(authorId ?? User.Id);
        return InjectMessageAsync(content, new MessageInjection { ChannelId = channel.Id, AuthorId = authorId ?? User.Id }, cancellationToken);
    }

    /// <summary>A user runs a slash command (type 2, command type 1) with <paramref name="options"/>.</summary>
    public Task<InjectedInteraction> InjectSlashCommandAsync(string commandName, IEnumerable<InteractionOption>? options = null, InteractionInvoker? invoker = null, CancellationToken cancellationToken = default) =>
        InjectCommandLikeAsync(2, commandName, options, invoker, cancellationToken);

    /// <summary>A user types in an autocomplete option (type 4); mark the option being typed with <see cref="InteractionOption.Focused"/>.</summary>
    public Task<InjectedInteraction> InjectAutocompleteAsync(string commandName, IEnumerable<InteractionOption> options, InteractionInvoker? invoker = null, CancellationToken cancellationToken = default) =>
        InjectCommandLikeAsync(4, commandName, options, invoker, cancellationToken);

    private Task<InjectedInteraction> InjectCommandLikeAsync(int type, string commandName, IEnumerable<InteractionOption>? options, InteractionInvoker? invoker, CancellationToken cancellationToken)
    {
        invoker ??= new InteractionInvoker();
        return InjectAsync(type, invoker, null, state =>
        {
            var data = InteractionFactory.CommandData(state, commandName, 1, GuildOf(state, invoker));
            if (options is not null)
            {
                data["options"] = new JsonArray(options.Select(option => (JsonNode?)option.ToJson()).ToArray());
            }

            return data;
        }, cancellationToken);
    }

    /// <summary>A user runs a message context-menu command (command type 3) on <paramref name="targetMessageId"/>; the target is in <c>data.resolved.messages</c> with its content.</summary>
    public Task<InjectedInteraction> InjectMessageCommandAsync(string commandName, ulong targetMessageId, InteractionInvoker? invoker = null, CancellationToken cancellationToken = default)
    {
        invoker ??= new InteractionInvoker();
        return InjectAsync(2, invoker, null, state =>
        {
            var target = state.Messages.TryGetValue(targetMessageId, out var found)
                ? found
                : throw new ArgumentException($"Message {targetMessageId} does not exist.", nameof(targetMessageId));
            var data = InteractionFactory.CommandData(state, commandName, 3, GuildOf(state, invoker));
            data["target_id"] = DiscordJson.Id(target.Id);
            data["resolved"] = new JsonObject { ["messages"] = new JsonObject { [DiscordJson.Id(target.Id)] = target.Json.DeepClone() } };
            return data;
        }, cancellationToken);
    }

    /// <summary>A user clicks a button (component type 2) or picks from a select (3, 5–8, with <paramref name="values"/>) on <paramref name="messageId"/>.</summary>
    public Task<InjectedInteraction> InjectComponentInteractionAsync(ulong messageId, string customId, int componentType = 2, IEnumerable<string>? values = null, InteractionInvoker? invoker = null, CancellationToken cancellationToken = default)
    {
        MessageRecord message;
        lock (_state.Sync)
        {
            message = _state.Messages.TryGetValue(messageId, out var found)
                ? found
                : throw new ArgumentException($"Message {messageId} does not exist.", nameof(messageId));
        }

        invoker ??= new InteractionInvoker { ChannelId = message.ChannelId };
        return InjectAsync(3, invoker.ChannelId is null ? invoker with { ChannelId = message.ChannelId } : invoker, message, _ =>
        {
            var data = new JsonObject { ["custom_id"] = customId, ["component_type"] = componentType };
            if (values is not null)
            {
                data["values"] = new JsonArray(values.Select(value => (JsonNode?)value).ToArray());
            }

            return data;
        }, cancellationToken);
    }

    private async Task<InjectedInteraction> InjectAsync(int type, InteractionInvoker invoker, MessageRecord? source, Func<EmulatorState, JsonObject> buildData, CancellationToken cancellationToken)
    {
        InteractionRecord interaction;
        JsonObject payload;
        lock (_state.Sync)
        {
            interaction = InteractionFactory.Create(_state, type, buildData(_state), invoker, User.Id, Channel.Id, source);
            payload = (JsonObject)interaction.Payload.DeepClone();
        }

        _state.Changed.Notify();
        // INTERACTION_CREATE needs no intent; it goes to the guild's shard (DMs to shard 0).
        await _gateway.DispatchAsync(new DispatchEvent("INTERACTION_CREATE", payload, interaction.GuildId, 0), cancellationToken).ConfigureAwait(false);
        return new InjectedInteraction(interaction.Id, interaction.Token, type, payload);
    }

    private ulong? GuildOf(EmulatorState state, InteractionInvoker invoker) =>
        invoker.InDirectMessage ? null : state.Channels.TryGetValue(invoker.ChannelId ?? Channel.Id, out var channel) ? channel.GuildId : null;
}
