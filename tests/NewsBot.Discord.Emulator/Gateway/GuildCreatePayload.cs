using System.Text.Json.Nodes;
using NewsBot.Discord.Emulator.State;

namespace NewsBot.Discord.Emulator.Gateway;

/// <summary>Builds the GUILD_CREATE sent after READY for each available guild.</summary>
internal static class GuildCreatePayload
{
    /// <summary>Caller holds the state lock.</summary>
    public static JsonObject Build(EmulatorState state, EmulatedGuild guild)
    {
        var roles = state.Roles.Values.Where(role => role.GuildId == guild.Id).Select(role => (JsonNode?)DiscordJson.Role(role)).ToArray();
        var channels = state.Channels.Values.Where(channel => channel.GuildId == guild.Id)
            .Select(channel => (JsonNode?)DiscordJson.Channel(channel, null)).ToArray();
        var members = state.Members.Values.Where(member => member.GuildId == guild.Id)
            .Select(member => (JsonNode?)DiscordJson.Member(member, state.Users[member.UserId], null)).ToArray();
        var joinedAt = state.Members.TryGetValue((guild.Id, state.BotUserId), out var bot) ? bot.JoinedAt : state.Time.GetUtcNow();
        return new JsonObject
        {
            ["id"] = DiscordJson.Id(guild.Id),
            ["name"] = guild.Name,
            ["icon"] = null,
            ["owner_id"] = DiscordJson.Id(guild.OwnerId),
            ["features"] = new JsonArray(),
            ["roles"] = new JsonArray(roles),
            ["emojis"] = new JsonArray(),
            ["stickers"] = new JsonArray(),
            ["preferred_locale"] = "en-US",
            ["verification_level"] = 0,
            ["premium_tier"] = 0,
            ["nsfw_level"] = 0,
            ["joined_at"] = DiscordJson.Timestamp(joinedAt),
            ["large"] = false,
            ["unavailable"] = false,
            ["member_count"] = members.Length,
            ["members"] = new JsonArray(members),
            ["channels"] = new JsonArray(channels),
            ["threads"] = new JsonArray(),
            ["presences"] = new JsonArray(),
            ["voice_states"] = new JsonArray(),
            ["stage_instances"] = new JsonArray(),
            ["guild_scheduled_events"] = new JsonArray(),
            ["soundboard_sounds"] = new JsonArray(),
        };
    }
}
