namespace NewsBot.Discord.Models;

/// <summary>A channel (the bot mostly sees DM channels it creates).</summary>
/// <param name="Id">Snowflake id.</param>
/// <param name="Type">Channel type (0 guild text, 1 DM, ...).</param>
public sealed record DiscordChannel(ulong Id, int Type)
{
    /// <summary>The guild, or null for DMs.</summary>
    public ulong? GuildId { get; init; }
}
