namespace NewsBot.Discord.Emulator;

/// <summary>Optional details of a user message a test injects.</summary>
public sealed record MessageInjection
{
    /// <summary>Channel to post in (a guild text channel or a DM channel). Default: <see cref="DiscordEmulator.Channel"/>.</summary>
    public ulong? ChannelId { get; init; }

    /// <summary>Author. Default: <see cref="DiscordEmulator.User"/>. Made a member of the guild if not one yet.</summary>
    public ulong? AuthorId { get; init; }

    /// <summary>Prefix the content with a mention of the bot (<c>&lt;@bot_id&gt; </c>).</summary>
    public bool MentionBot { get; init; }

    /// <summary>Make the message a reply (type 19) to this message.</summary>
    public ulong? ReplyToMessageId { get; init; }
}
