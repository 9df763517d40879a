namespace NewsBot.Discord.Emulator;

/// <summary>A channel: guild text channel (type 0) or DM (type 1).</summary>
/// <param name="Id">Snowflake.</param>
/// <param name="GuildId">Guild, or null for DMs.</param>
/// <param name="Type">Discord channel type (0 GUILD_TEXT, 1 DM, 2 GUILD_VOICE, ...).</param>
/// <param name="Name">Channel name (null for DMs).</param>
/// <param name="RecipientId">The other user of a DM.</param>
/// <param name="BotPermissions">The bot's permissions in this channel.</param>
public sealed record EmulatedChannel(ulong Id, ulong? GuildId, int Type, string? Name, ulong? RecipientId, ulong BotPermissions)
{
    /// <summary>True for a DM channel.</summary>
    public bool IsDirectMessage => Type == 1;
}
