namespace NewsBot.Discord.Models;

/// <summary>Message types the bot cares about; system messages have other values.</summary>
public enum DiscordMessageType
{
    /// <summary>An ordinary chat message.</summary>
    Default = 0,

    /// <summary>A reply to another message (still ordinary user chat).</summary>
    Reply = 19,

    /// <summary>The message a slash command produced.</summary>
    ChatInputCommand = 20,

    /// <summary>The message a context-menu command produced.</summary>
    ContextMenuCommand = 23,
}
