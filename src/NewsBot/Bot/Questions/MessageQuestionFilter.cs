using System.Globalization;
using NewsBot.Discord.Models;

namespace NewsBot.Bot.Questions;

/// <summary>
/// Decides whether a chat message is a question for the bot: a message that mentions it, a DM, or any message in an
/// ask channel. Messages from bots, webhooks, the system and the bot itself, and system message types, never are.
/// </summary>
internal static class MessageQuestionFilter
{
    public static MessageQuestion? Classify(DiscordMessage message, ulong botUserId, IReadOnlyCollection<ulong> askChannelIds)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(askChannelIds);
        if (message.Author.Bot || message.Author.System || message.WebhookId is not null || message.Author.Id == botUserId
            || message.Type is not (DiscordMessageType.Default or DiscordMessageType.Reply))
        {
            return null;
        }

        var content = message.Content ?? "";
        var mentioned = message.Mentions.Any(u => u.Id == botUserId) || ContainsMention(content, botUserId);
        var isDirect = message.GuildId is null;
        var inAskChannel = askChannelIds.Contains(message.ChannelId);
        if (!mentioned && !isDirect && !inAskChannel)
        {
            return null;
        }

        var text = StripMention(content, botUserId).Trim();
        if (text.Length == 0 && inAskChannel && !mentioned && !isDirect)
        {
            return null; // an image or sticker in an ask channel: nothing was asked, and a hint on every such post would be noise
        }

        return new MessageQuestion(text, isDirect ? "dm" : mentioned ? "mention" : "ask-channel");
    }

    /// <summary>Removes <c>&lt;@id&gt;</c> and <c>&lt;@!id&gt;</c> of the bot, wherever they are.</summary>
    public static string StripMention(string content, ulong botUserId)
    {
        var id = botUserId.ToString(CultureInfo.InvariantCulture);
        return content.Replace($"<@{id}>", " ", StringComparison.Ordinal).Replace($"<@!{id}>", " ", StringComparison.Ordinal);
    }

    private static bool ContainsMention(string content, ulong botUserId)
    {
        var id = botUserId.ToString(CultureInfo.InvariantCulture);
        return content.Contains($"<@{id}>", StringComparison.Ordinal) || content.Contains($"<@!{id}>", StringComparison.Ordinal);
    }
}
