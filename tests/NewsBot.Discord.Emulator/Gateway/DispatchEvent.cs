using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator.Gateway;

/// <summary>A dispatch to route to sessions.</summary>
/// <param name="Name">Event name (<c>t</c>).</param>
/// <param name="Data">Event data (<c>d</c>); cloned per session.</param>
/// <param name="GuildId">Guild for shard routing; null routes to shard 0 (DMs).</param>
/// <param name="RequiredIntents">Sessions need one of these bits (0 = always delivered).</param>
/// <param name="CarriesMessageContent">Whether MESSAGE_CONTENT rules apply to the data.</param>
/// <param name="ContentExempt">DM, the bot's own message, or a message mentioning the bot: content kept without the intent.</param>
internal sealed record DispatchEvent(
    string Name, JsonObject Data, ulong? GuildId, long RequiredIntents, bool CarriesMessageContent = false, bool ContentExempt = false)
{
    public static int ShardOf(ulong? guildId, int shardCount) =>
        guildId is { } id ? (int)((id >> 22) % (ulong)shardCount) : 0;

    /// <summary>The data this session may see, or null when its intents or shard exclude the event.</summary>
    public JsonObject? For(GatewaySession session)
    {
        if (RequiredIntents != 0 && (session.Intents & RequiredIntents) == 0)
        {
            return null;
        }

        if (ShardOf(GuildId, session.ShardCount) != session.ShardId)
        {
            return null;
        }

        var data = (JsonObject)Data.DeepClone();
        if (CarriesMessageContent && !ContentExempt && (session.Intents & GatewayIntents.MessageContent) == 0)
        {
            // Without MESSAGE_CONTENT Discord empties these fields and omits the poll.
            data["content"] = string.Empty;
            data["embeds"] = new JsonArray();
            data["attachments"] = new JsonArray();
            data["components"] = new JsonArray();
            data.Remove("poll");
        }

        return data;
    }
}
