namespace NewsBot.Discord.Models;

/// <summary>A Discord user (or a bot, or the webhook author of a webhook message).</summary>
/// <param name="Id">Snowflake id.</param>
/// <param name="Username">Unique username.</param>
/// <param name="GlobalName">Display name, if the user set one.</param>
/// <param name="Bot">True for bot accounts; the bot ignores other bots to avoid loops.</param>
public sealed record DiscordUser(ulong Id, string Username, string? GlobalName = null, bool Bot = false)
{
    /// <summary>True for Discord's own system user.</summary>
    public bool System { get; init; }
}
