namespace NewsBot.Discord.Messages;

/// <summary>Message flags the bot can set.</summary>
[Flags]
public enum MessageFlags
{
    /// <summary>No flags.</summary>
    None = 0,

    /// <summary>Do not unfurl links.</summary>
    SuppressEmbeds = 1 << 2,

    /// <summary>Only the invoking user sees it (interaction responses and follow-ups only).</summary>
    Ephemeral = 1 << 6,

    /// <summary>No push/desktop notification.</summary>
    SuppressNotifications = 1 << 12,
}
