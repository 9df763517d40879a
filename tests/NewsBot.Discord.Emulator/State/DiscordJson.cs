using System.Globalization;
using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator.State;

/// <summary>Builds Discord-shaped JSON objects (snowflakes and permission bitfields as strings, as on the wire).</summary>
internal static class DiscordJson
{
    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    public static string Timestamp(DateTimeOffset when) =>
        when.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture);

    public static JsonObject User(EmulatedUser user)
    {
        var json = new JsonObject
        {
            ["id"] = Id(user.Id),
            ["username"] = user.Username,
            ["discriminator"] = "0",
            ["global_name"] = user.IsBot ? null : user.Username,
            ["avatar"] = null,
            ["public_flags"] = 0,
        };
        if (user.IsBot)
        {
            json["bot"] = true;
        }

        return json;
    }

    public static JsonObject Member(EmulatedMember member, EmulatedUser? user, ulong? permissions)
    {
        var json = new JsonObject
        {
            ["roles"] = new JsonArray(member.RoleIds.Select(id => (JsonNode?)Id(id)).ToArray()),
            ["nick"] = null,
            ["avatar"] = null,
            ["joined_at"] = Timestamp(member.JoinedAt),
            ["premium_since"] = null,
            ["deaf"] = false,
            ["mute"] = false,
            ["flags"] = 0,
            ["pending"] = false,
            ["communication_disabled_until"] = null,
        };
        if (user is not null)
        {
            json["user"] = User(user);
        }

        if (permissions is { } bits)
        {
            json["permissions"] = Id(bits);
        }

        return json;
    }

    public static JsonObject Channel(EmulatedChannel channel, EmulatedUser? recipient)
    {
        var json = new JsonObject { ["id"] = Id(channel.Id), ["type"] = channel.Type };
        if (channel.GuildId is { } guildId)
        {
            json["guild_id"] = Id(guildId);
            json["name"] = channel.Name;
            json["position"] = 0;
            json["permission_overwrites"] = new JsonArray();
            json["nsfw"] = false;
            json["topic"] = null;
            json["parent_id"] = null;
            json["last_message_id"] = null;
            json["rate_limit_per_user"] = 0;
        }
        else
        {
            json["last_message_id"] = null;
            json["flags"] = 0;
            json["recipients"] = recipient is null ? new JsonArray() : new JsonArray(User(recipient));
        }

        return json;
    }

    public static JsonObject Role(EmulatedRole role) => new()
    {
        ["id"] = Id(role.Id),
        ["name"] = role.Name,
        ["color"] = 0,
        ["hoist"] = false,
        ["icon"] = null,
        ["unicode_emoji"] = null,
        ["position"] = role.Id == role.GuildId ? 0 : 1,
        ["permissions"] = Id(role.Permissions),
        ["managed"] = false,
        ["mentionable"] = false,
        ["flags"] = 0,
    };
}
