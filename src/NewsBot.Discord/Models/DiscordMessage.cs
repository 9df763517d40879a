namespace NewsBot.Discord.Models;

/// <summary>A message, as received in MESSAGE_CREATE or returned by the HTTP API.</summary>
public sealed record DiscordMessage
{
    /// <summary>Snowflake id.</summary>
    public required ulong Id { get; init; }

    /// <summary>The channel it was posted in.</summary>
    public required ulong ChannelId { get; init; }

    /// <summary>The guild, or null in DMs.</summary>
    public ulong? GuildId { get; init; }

    /// <summary>The author (the webhook when <see cref="WebhookId"/> is set).</summary>
    public required DiscordUser Author { get; init; }

    /// <summary>The author's guild member data (guild messages only): roles.</summary>
    public DiscordGuildMember? Member { get; init; }

    /// <summary>Text; empty when the app lacks the Message Content intent (except DMs and mentions of the app).</summary>
    public string Content { get; init => field = value ?? ""; } = "";

    /// <summary>Users mentioned in the message.</summary>
    public IReadOnlyList<DiscordUser> Mentions { get; init => field = value ?? []; } = [];

    /// <summary>Roles mentioned in the message.</summary>
    public IReadOnlyList<ulong> MentionRoles { get; init => field = value ?? []; } = [];

    /// <summary>Message type; only <see cref="DiscordMessageType.Default"/> and <see cref="DiscordMessageType.Reply"/> are ordinary chat.</summary>
    public DiscordMessageType Type { get; init; }

    /// <summary>Set when a webhook posted the message.</summary>
    public ulong? WebhookId { get; init; }

    /// <summary>What this message replies to, if anything.</summary>
    public MessageReference? MessageReference { get; init; }

    /// <summary>When the message was sent (ISO 8601 on the wire).</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Message flags (64 = ephemeral).</summary>
    public int Flags { get; init; }
}
