using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator.State;

/// <summary>Builds and edits stored messages in the REST message shape. Callers hold the state lock.</summary>
internal static class MessageFactory
{
    private const long LoadingFlag = 1L << 7;

    public static MessageRecord Create(EmulatorState state, EmulatedChannel channel, JsonObject body, IReadOnlyList<string> files, MessageOrigin origin)
    {
        var id = state.Snowflakes.Next();
        var givenFlags = body["flags"] is JsonValue value && value.TryGetValue(out long given) ? given : 0L;
        var flags = givenFlags | (origin.Ephemeral ? 64L : 0L) | (origin.Loading ? LoadingFlag : 0L);
        var json = new JsonObject
        {
            ["id"] = DiscordJson.Id(id),
            ["type"] = origin.Type,
            ["content"] = body["content"] is JsonValue content && content.TryGetValue(out string? text) ? text : string.Empty,
            ["channel_id"] = DiscordJson.Id(channel.Id),
            ["author"] = DiscordJson.User(state.Users[origin.AuthorId]),
            ["attachments"] = Attachments(state, files),
            ["embeds"] = Embeds(body["embeds"]),
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["pinned"] = false,
            ["mention_everyone"] = false,
            ["tts"] = body["tts"]?.GetValueKind() == JsonValueKind.True,
            ["timestamp"] = DiscordJson.Timestamp(SnowflakeGenerator.TimestampOf(id)),
            ["edited_timestamp"] = null,
            ["flags"] = flags,
            ["components"] = body["components"]?.DeepClone() ?? new JsonArray(),
        };
        if (body["nonce"] is { } nonce)
        {
            json["nonce"] = nonce.DeepClone();
        }

        if (origin.WebhookStyle)
        {
            json["webhook_id"] = DiscordJson.Id(state.BotUserId);
            json["application_id"] = DiscordJson.Id(state.BotUserId);
        }

        if (origin.InteractionMetadata is { } metadata)
        {
            json["interaction_metadata"] = metadata.DeepClone();
        }

        if (origin.Referenced is { } referenced)
        {
            json["message_reference"] = new JsonObject
            {
                ["type"] = 0,
                ["message_id"] = DiscordJson.Id(referenced.Id),
                ["channel_id"] = DiscordJson.Id(referenced.ChannelId),
                ["guild_id"] = referenced.GuildId is { } g ? DiscordJson.Id(g) : null,
            };
            json["referenced_message"] = referenced.Json.DeepClone();
        }

        var record = new MessageRecord
        {
            Id = id,
            ChannelId = channel.Id,
            GuildId = channel.GuildId,
            AuthorId = origin.AuthorId,
            Json = json,
            AllowedMentions = body["allowed_mentions"]?.DeepClone() as JsonObject,
            IsEphemeral = origin.Ephemeral,
            InteractionId = origin.InteractionId,
        };
        ApplyMentions(state, record, channel, origin.WebhookStyle, origin.Referenced?.AuthorId);
        return record;
    }

    /// <summary>Applies an edit body (content, embeds, components, flags, allowed_mentions, attachments) and recomputes mentions.</summary>
    public static void Edit(EmulatorState state, MessageRecord record, JsonObject body, IReadOnlyList<string> files, bool webhookStyle)
    {
        var json = record.Json;
        if (body.ContainsKey("content"))
        {
            json["content"] = body["content"] is JsonValue content && content.TryGetValue(out string? text) ? text : string.Empty;
        }

        if (body.ContainsKey("embeds"))
        {
            json["embeds"] = Embeds(body["embeds"]);
        }

        if (body.ContainsKey("components"))
        {
            json["components"] = body["components"]?.DeepClone() ?? new JsonArray();
        }

        if (body["flags"] is JsonValue flagsValue && flagsValue.TryGetValue(out long flags))
        {
            json["flags"] = (json["flags"]!.GetValue<long>() & 64) | flags;
        }

        if (files.Count > 0 || body.ContainsKey("attachments"))
        {
            json["attachments"] = Attachments(state, files);
        }

        if (body.ContainsKey("allowed_mentions"))
        {
            record.AllowedMentions = body["allowed_mentions"]?.DeepClone() as JsonObject;
        }

        // An edit ends a deferred response's loading state.
        json["flags"] = json["flags"]!.GetValue<long>() & ~LoadingFlag;
        json["edited_timestamp"] = state.NowIso();
        record.EditCount++;
        var referencedAuthor = json["referenced_message"]?["author"]?["id"]?.GetValue<string>() is { } author ? ulong.Parse(author, System.Globalization.CultureInfo.InvariantCulture) : (ulong?)null;
        ApplyMentions(state, record, state.Channels[record.ChannelId], webhookStyle, referencedAuthor);
    }

    private static void ApplyMentions(EmulatorState state, MessageRecord record, EmulatedChannel channel, bool webhookStyle, ulong? repliedAuthorId)
    {
        var mentions = MentionResolver.Resolve(
            record.Content, record.AllowedMentions, webhookStyle, channel.GuildId is not null, channel.BotPermissions, repliedAuthorId);
        if (record.AuthorId != state.BotUserId)
        {
            // Users' own messages: everything they typed pings (they have no allowed_mentions).
            mentions = MentionResolver.Resolve(record.Content, null, false, channel.GuildId is not null, DiscordPermissions.All, repliedAuthorId);
        }

        record.Mentions = mentions;
        record.Json["mentions"] = new JsonArray(mentions.UserIds
            .Where(state.Users.ContainsKey)
            .Select(id => (JsonNode?)DiscordJson.User(state.Users[id]))
            .ToArray());
        record.Json["mention_roles"] = new JsonArray(mentions.RoleIds.Select(id => (JsonNode?)DiscordJson.Id(id)).ToArray());
        record.Json["mention_everyone"] = mentions.Everyone;
    }

    private static JsonArray Embeds(JsonNode? embeds)
    {
        var result = new JsonArray();
        if (embeds is JsonArray array)
        {
            foreach (var embed in array.OfType<JsonObject>())
            {
                var copy = (JsonObject)embed.DeepClone();
                copy["type"] = "rich"; // Discord forces the type of bot-sent embeds.
                result.Add(copy);
            }
        }

        return result;
    }

    private static JsonArray Attachments(EmulatorState state, IReadOnlyList<string> files) =>
        new(files.Select(name =>
        {
            var id = DiscordJson.Id(state.Snowflakes.Next());
            return (JsonNode?)new JsonObject
            {
                ["id"] = id,
                ["filename"] = name,
                ["size"] = 0,
                ["url"] = $"https://cdn.discordapp.com/attachments/{id}/{name}",
                ["proxy_url"] = $"https://media.discordapp.net/attachments/{id}/{name}",
            };
        }).ToArray());
}
