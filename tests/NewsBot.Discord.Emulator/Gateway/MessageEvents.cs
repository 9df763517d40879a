using System.Text.Json.Nodes;
using NewsBot.Discord.Emulator.State;

namespace NewsBot.Discord.Emulator.Gateway;

/// <summary>MESSAGE_CREATE / UPDATE / DELETE dispatches for a stored message. Callers hold the state lock.</summary>
internal static class MessageEvents
{
    public static DispatchEvent Created(EmulatorState state, MessageRecord message) => Build(state, message, "MESSAGE_CREATE");

    public static DispatchEvent Updated(EmulatorState state, MessageRecord message) => Build(state, message, "MESSAGE_UPDATE");

    public static DispatchEvent Deleted(MessageRecord message)
    {
        var data = new JsonObject { ["id"] = DiscordJson.Id(message.Id), ["channel_id"] = DiscordJson.Id(message.ChannelId) };
        if (message.GuildId is { } guildId)
        {
            data["guild_id"] = DiscordJson.Id(guildId);
        }

        return new DispatchEvent("MESSAGE_DELETE", data, message.GuildId, IntentFor(message));
    }

    private static DispatchEvent Build(EmulatorState state, MessageRecord message, string name)
    {
        var data = (JsonObject)message.Json.DeepClone();
        if (message.GuildId is { } guildId)
        {
            data["guild_id"] = DiscordJson.Id(guildId);
            if (state.Members.TryGetValue((guildId, message.AuthorId), out var member))
            {
                data["member"] = DiscordJson.Member(member, null, null);
            }
        }

        // MESSAGE_CONTENT exceptions: DMs, the app's own messages, and messages that mention the app.
        var exempt = message.GuildId is null || message.AuthorId == state.BotUserId || message.Mentions.UserIds.Contains(state.BotUserId);
        return new DispatchEvent(name, data, message.GuildId, IntentFor(message), CarriesMessageContent: true, ContentExempt: exempt);
    }

    private static long IntentFor(MessageRecord message) =>
        message.GuildId is null ? GatewayIntents.DirectMessages : GatewayIntents.GuildMessages;
}
