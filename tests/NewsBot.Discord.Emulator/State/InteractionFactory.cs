using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator.State;

/// <summary>Builds interaction objects as Discord dispatches them in INTERACTION_CREATE. Callers hold the state lock.</summary>
internal static class InteractionFactory
{
    public static InteractionRecord Create(EmulatorState state, int type, JsonObject data, InteractionInvoker invoker, ulong defaultUserId, ulong defaultChannelId, MessageRecord? sourceMessage)
    {
        var userId = invoker.UserId ?? defaultUserId;
        var user = state.Users.TryGetValue(userId, out var found) ? found : throw new ArgumentException($"User {userId} does not exist.", nameof(invoker));
        var channel = invoker.InDirectMessage
            ? state.OpenDirectMessage(user)
            : state.Channels.TryGetValue(invoker.ChannelId ?? defaultChannelId, out var c)
                ? c
                : throw new ArgumentException($"Channel {invoker.ChannelId} does not exist.", nameof(invoker));

        var id = state.Snowflakes.Next();
        var token = BotTokenFactory.CreateInteractionToken(id);
        var payload = new JsonObject
        {
            ["id"] = DiscordJson.Id(id),
            ["application_id"] = DiscordJson.Id(state.BotUserId),
            ["type"] = type,
            ["data"] = data,
            ["channel_id"] = DiscordJson.Id(channel.Id),
            ["channel"] = DiscordJson.Channel(channel, null),
            ["token"] = token,
            ["version"] = 1,
            ["app_permissions"] = DiscordJson.Id(channel.BotPermissions),
            ["locale"] = invoker.Locale,
            ["entitlements"] = new JsonArray(),
            ["attachment_size_limit"] = 10485760,
        };
        if (channel.GuildId is { } guildId)
        {
            var member = state.Members.TryGetValue((guildId, userId), out var stored)
                ? stored
                : new EmulatedMember(guildId, userId, [], state.Time.GetUtcNow());
            if (invoker.RoleIds is { } roles)
            {
                member = member with { RoleIds = roles };
            }

            state.Members[(guildId, userId)] = member;
            var permissions = invoker.Permissions ?? state.PermissionsOf(guildId, userId);
            payload["guild_id"] = DiscordJson.Id(guildId);
            payload["guild"] = new JsonObject { ["id"] = DiscordJson.Id(guildId), ["locale"] = "en-US", ["features"] = new JsonArray() };
            payload["guild_locale"] = "en-US";
            payload["member"] = DiscordJson.Member(member, user, permissions);
            payload["context"] = 0;
            payload["authorizing_integration_owners"] = new JsonObject { ["0"] = DiscordJson.Id(guildId) };
        }
        else
        {
            payload["user"] = DiscordJson.User(user);
            payload["context"] = 1;
            payload["authorizing_integration_owners"] = new JsonObject { ["0"] = "0" };
        }

        if (sourceMessage is not null)
        {
            payload["message"] = sourceMessage.Json.DeepClone();
        }

        var record = new InteractionRecord
        {
            Id = id,
            Token = token,
            Type = type,
            Payload = payload,
            CreatedAt = state.Time.GetUtcNow(),
            ChannelId = channel.Id,
            GuildId = channel.GuildId,
            InvokerId = userId,
            SourceMessageId = sourceMessage?.Id,
        };
        state.Interactions[id] = record;
        state.InteractionIdByToken[token] = id;
        return record;
    }

    /// <summary>Command data (<c>id</c>, <c>name</c>, <c>type</c>, <c>guild_id</c>) for a registered command, or a made-up id when none is registered.</summary>
    public static JsonObject CommandData(EmulatorState state, string name, int commandType, ulong? guildId)
    {
        var command = state.Commands.Values
            .Where(candidate => candidate.Name == name && candidate.Type == commandType && (candidate.GuildId is null || candidate.GuildId == guildId))
            .OrderBy(candidate => candidate.GuildId is null ? 1 : 0)
            .FirstOrDefault();
        var data = new JsonObject
        {
            ["id"] = DiscordJson.Id(command?.Id ?? state.Snowflakes.Next()),
            ["name"] = name,
            ["type"] = commandType,
        };
        if (command?.GuildId is { } commandGuild)
        {
            data["guild_id"] = DiscordJson.Id(commandGuild);
        }

        return data;
    }
}
