using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NewsBot.Discord.Emulator.Gateway;
using NewsBot.Discord.Emulator.State;

namespace NewsBot.Discord.Emulator.Rest;

/// <summary>Create, read, edit and delete channel messages, and the typing indicator.</summary>
internal static class MessageRoutes
{
    public static void Map(IEndpointRouteBuilder routes, RestServices services)
    {
        routes.MapPost("/api/v10/channels/{channel_id}/messages", context => CreateAsync(context, services));
        routes.MapGet("/api/v10/channels/{channel_id}/messages/{message_id}", context => GetAsync(context, services));
        routes.MapPatch("/api/v10/channels/{channel_id}/messages/{message_id}", context => EditAsync(context, services));
        routes.MapDelete("/api/v10/channels/{channel_id}/messages/{message_id}", context => DeleteAsync(context, services));
        routes.MapPost("/api/v10/channels/{channel_id}/typing", context => TypingAsync(context, services));
    }

    private static async Task CreateAsync(HttpContext context, RestServices services)
    {
        var state = services.State;
        var channel = FindChannel(context, state);
        if (channel is null)
        {
            await RestResults.UnknownChannelAsync(context).ConfigureAwait(false);
            return;
        }

        if (channel.Type is not (0 or 1 or 2 or 5 or 10 or 11 or 12))
        {
            await RestResults.ErrorAsync(context, 400, 50008, "Cannot send messages in a non-text channel").ConfigureAwait(false);
            return;
        }

        if (await NewMessageBody.ReadAsync(context, MessageValidator.MessageFlags).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        if (channel.GuildId is not null && (channel.BotPermissions & (DiscordPermissions.SendMessages | DiscordPermissions.Administrator)) == 0)
        {
            await RestResults.MissingPermissionsAsync(context).ConfigureAwait(false);
            return;
        }

        if (channel.RecipientId is { } recipient && !IsReachable(state, recipient))
        {
            await RestResults.ErrorAsync(context, 403, 50007, "Cannot send messages to this user").ConfigureAwait(false);
            return;
        }

        if (Nonce(body) is { } sentNonce && JsonRead.Bool(body["enforce_nonce"]) == true)
        {
            MessageRecord? existing = null;
            lock (state.Sync)
            {
                if (state.MessageIdByNonce.TryGetValue((channel.Id, sentNonce), out var existingId))
                {
                    existing = state.Messages[existingId];
                }
            }

            if (existing is not null)
            {
                // enforce_nonce: a retried send returns the message created the first time.
                await RestResults.JsonAsync(context, Snapshot(state, existing)).ConfigureAwait(false);
                return;
            }
        }

        MessageRecord? referenced = null;
        if (body["message_reference"] is JsonObject reference)
        {
            var referencedId = JsonRead.Snowflake(reference["message_id"]);
            lock (state.Sync)
            {
                referenced = referencedId is { } rid && state.Messages.TryGetValue(rid, out var found) && !found.IsDeleted && !found.IsEphemeral ? found : null;
            }

            var failIfMissing = JsonRead.Bool(reference["fail_if_not_exists"]) ?? true;
            if (referenced is null && failIfMissing)
            {
                var referenceErrors = new FormErrors();
                referenceErrors.Add("message_reference", "REPLIES_UNKNOWN_MESSAGE", "Unknown message");
                await RestResults.InvalidFormAsync(context, referenceErrors).ConfigureAwait(false);
                return;
            }

            if (referenced is not null && channel.GuildId is not null && (channel.BotPermissions & DiscordPermissions.ReadMessageHistory) == 0)
            {
                await RestResults.ErrorAsync(context, 403, 160002, "Cannot reply without permission to read message history").ConfigureAwait(false);
                return;
            }
        }

        MessageRecord message;
        DispatchEvent created;
        lock (state.Sync)
        {
            message = MessageFactory.Create(state, channel, body, RestRequest.Of(context).FileNames, new MessageOrigin(state.BotUserId, referenced is null ? 0 : 19, Referenced: referenced));
            state.AddMessage(message);
            if (Nonce(body) is { } nonce)
            {
                state.MessageIdByNonce[(channel.Id, nonce)] = message.Id;
            }

            created = MessageEvents.Created(state, message);
        }

        state.Changed.Notify();
        await services.Gateway.DispatchAsync(created, CancellationToken.None).ConfigureAwait(false);
        await RestResults.JsonAsync(context, Snapshot(state, message)).ConfigureAwait(false);
    }

    private static bool IsReachable(EmulatorState state, ulong userId)
    {
        lock (state.Sync)
        {
            return state.Users.TryGetValue(userId, out var user) && user.AcceptsDirectMessages;
        }
    }

    private static async Task GetAsync(HttpContext context, RestServices services)
    {
        var state = services.State;
        if (FindChannel(context, state) is null)
        {
            await RestResults.UnknownChannelAsync(context).ConfigureAwait(false);
            return;
        }

        var message = FindMessage(context, state);
        await (message is null ? RestResults.UnknownMessageAsync(context) : RestResults.JsonAsync(context, Snapshot(state, message))).ConfigureAwait(false);
    }

    private static async Task EditAsync(HttpContext context, RestServices services)
    {
        var state = services.State;
        var channel = FindChannel(context, state);
        var message = channel is null ? null : FindMessage(context, state);
        if (channel is null || message is null)
        {
            await (channel is null ? RestResults.UnknownChannelAsync(context) : RestResults.UnknownMessageAsync(context)).ConfigureAwait(false);
            return;
        }

        if (message.AuthorId != state.BotUserId)
        {
            await RestResults.ErrorAsync(context, 403, 50005, "Cannot edit a message authored by another user").ConfigureAwait(false);
            return;
        }

        if (await RestResults.RequireObjectAsync(context).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        var errors = new FormErrors();
        MessageValidator.Validate(body, errors, MessageValidator.MessageFlags);
        if (errors.HasErrors)
        {
            await RestResults.InvalidFormAsync(context, errors).ConfigureAwait(false);
            return;
        }

        DispatchEvent updated;
        lock (state.Sync)
        {
            var merged = (JsonObject)message.Json.DeepClone();
            foreach (var (key, value) in body)
            {
                merged[key] = value?.DeepClone();
            }

            if (MessageValidator.IsEmpty(merged, RestRequest.Of(context).FileNames.Concat(
                    (message.Json["attachments"] as JsonArray ?? []).Select(_ => "kept")).ToList()))
            {
                updated = null!;
            }
            else
            {
                MessageFactory.Edit(state, message, body, RestRequest.Of(context).FileNames, message.InteractionId is not null);
                updated = MessageEvents.Updated(state, message);
            }
        }

        if (updated is null)
        {
            await RestResults.EmptyMessageAsync(context).ConfigureAwait(false);
            return;
        }

        state.Changed.Notify();
        await services.Gateway.DispatchAsync(updated, CancellationToken.None).ConfigureAwait(false);
        await RestResults.JsonAsync(context, Snapshot(state, message)).ConfigureAwait(false);
    }

    private static async Task DeleteAsync(HttpContext context, RestServices services)
    {
        var state = services.State;
        var channel = FindChannel(context, state);
        var message = channel is null ? null : FindMessage(context, state);
        if (channel is null || message is null)
        {
            await (channel is null ? RestResults.UnknownChannelAsync(context) : RestResults.UnknownMessageAsync(context)).ConfigureAwait(false);
            return;
        }

        if (message.AuthorId != state.BotUserId && channel.GuildId is not null &&
            (channel.BotPermissions & (DiscordPermissions.ManageMessages | DiscordPermissions.Administrator)) == 0)
        {
            await RestResults.MissingPermissionsAsync(context).ConfigureAwait(false);
            return;
        }

        DispatchEvent deleted;
        lock (state.Sync)
        {
            message.IsDeleted = true;
            deleted = MessageEvents.Deleted(message);
        }

        state.Changed.Notify();
        await services.Gateway.DispatchAsync(deleted, CancellationToken.None).ConfigureAwait(false);
        await RestResults.NoContentAsync(context).ConfigureAwait(false);
    }

    private static async Task TypingAsync(HttpContext context, RestServices services)
    {
        var state = services.State;
        var channel = FindChannel(context, state);
        if (channel is null)
        {
            await RestResults.UnknownChannelAsync(context).ConfigureAwait(false);
            return;
        }

        var data = new JsonObject
        {
            ["channel_id"] = DiscordJson.Id(channel.Id),
            ["user_id"] = DiscordJson.Id(state.BotUserId),
            ["timestamp"] = state.Time.GetUtcNow().ToUnixTimeSeconds(),
        };
        if (channel.GuildId is { } guildId)
        {
            data["guild_id"] = DiscordJson.Id(guildId);
        }

        var intent = channel.GuildId is null ? GatewayIntents.DirectMessageTyping : GatewayIntents.GuildMessageTyping;
        await services.Gateway.DispatchAsync(new DispatchEvent("TYPING_START", data, channel.GuildId, intent), CancellationToken.None).ConfigureAwait(false);
        await RestResults.NoContentAsync(context).ConfigureAwait(false);
    }

    internal static EmulatedChannel? FindChannel(HttpContext context, EmulatorState state)
    {
        var id = RouteIds.Get(context, "channel_id");
        lock (state.Sync)
        {
            return id is { } channelId && state.Channels.TryGetValue(channelId, out var channel) ? channel : null;
        }
    }

    private static MessageRecord? FindMessage(HttpContext context, EmulatorState state)
    {
        var channelId = RouteIds.Get(context, "channel_id");
        var id = RouteIds.Get(context, "message_id");
        lock (state.Sync)
        {
            return id is { } messageId && state.Messages.TryGetValue(messageId, out var message) &&
                   message.ChannelId == channelId && !message.IsDeleted && !message.IsEphemeral
                ? message
                : null;
        }
    }

    internal static JsonObject Snapshot(EmulatorState state, MessageRecord message)
    {
        lock (state.Sync)
        {
            return (JsonObject)message.Json.DeepClone();
        }
    }

    private static string? Nonce(JsonObject body) => body["nonce"] switch
    {
        JsonValue value when value.TryGetValue(out string? text) => text,
        JsonValue value when value.TryGetValue(out long number) => number.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };
}
