namespace NewsBot.Discord.Emulator;

/// <summary>Permission bits used by the emulator (Discord's values).</summary>
public static class DiscordPermissions
{
    /// <summary>ADMINISTRATOR (1&lt;&lt;3): implies every permission.</summary>
    public const ulong Administrator = 1UL << 3;
    /// <summary>MANAGE_GUILD (1&lt;&lt;5).</summary>
    public const ulong ManageGuild = 1UL << 5;
    /// <summary>VIEW_CHANNEL (1&lt;&lt;10).</summary>
    public const ulong ViewChannel = 1UL << 10;
    /// <summary>SEND_MESSAGES (1&lt;&lt;11).</summary>
    public const ulong SendMessages = 1UL << 11;
    /// <summary>MANAGE_MESSAGES (1&lt;&lt;13).</summary>
    public const ulong ManageMessages = 1UL << 13;
    /// <summary>EMBED_LINKS (1&lt;&lt;14).</summary>
    public const ulong EmbedLinks = 1UL << 14;
    /// <summary>READ_MESSAGE_HISTORY (1&lt;&lt;16).</summary>
    public const ulong ReadMessageHistory = 1UL << 16;
    /// <summary>MENTION_EVERYONE (1&lt;&lt;17).</summary>
    public const ulong MentionEveryone = 1UL << 17;
    /// <summary>USE_APPLICATION_COMMANDS (1&lt;&lt;31).</summary>
    public const ulong UseApplicationCommands = 1UL << 31;

    /// <summary>What an ordinary member gets from @everyone.</summary>
    public const ulong DefaultMember = ViewChannel | SendMessages | ReadMessageHistory | EmbedLinks | UseApplicationCommands | (1UL << 6) | (1UL << 15);

    /// <summary>The emulated bot's permissions unless a channel overrides them: enough to chat, and MENTION_EVERYONE so that a missing
    /// <c>allowed_mentions</c> really would ping everyone.</summary>
    public const ulong DefaultBot = DefaultMember | ManageMessages | MentionEveryone;

    /// <summary>All bits Discord defines today (through 1&lt;&lt;50).</summary>
    public const ulong All = (1UL << 51) - 1;
}
