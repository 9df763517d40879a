namespace NewsBot.Discord;

/// <summary>
/// The <c>Discord</c> configuration section. Environment variables override it with double underscores
/// (<c>Discord__Token</c>). <see cref="ToString"/> never shows the token.
/// </summary>
public sealed class DiscordOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Discord";

    /// <summary>Default HTTP API base: Discord's v10 API.</summary>
    public static readonly Uri DefaultApiBaseUrl = new("https://discord.com/api/v10/");

    /// <summary>The bot token (Developer Portal → Bot → Reset Token), without the "Bot " prefix. A secret: never logged.</summary>
    public string? Token { get; set; }

    /// <summary>HTTP API base; the gateway URL is then asked from <c>GET gateway/bot</c>. Tests point it at the emulator.</summary>
    public Uri ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>When set, slash commands are registered in this guild (instant) instead of globally.</summary>
    public ulong? GuildId { get; set; }

    /// <summary>
    /// True (default): receive guild and DM messages with their text, which needs the privileged Message Content
    /// intent. False: GUILDS only (slash commands still work), no privileged intent.
    /// </summary>
    public bool ReadMessages { get; set; } = true;

    /// <summary>Total shard count; default: what <c>GET gateway/bot</c> recommends.</summary>
    public int? ShardCount { get; set; }

    /// <summary>The shard ids this process runs (needs <see cref="ShardCount"/>); default: all of them.</summary>
    public IList<int>? ShardIds { get; set; }

    /// <summary>Shows the settings with the token redacted.</summary>
    public override string ToString() =>
        $"Discord {{ Token = {(string.IsNullOrEmpty(Token) ? "<not set>" : "<redacted>")}, ApiBaseUrl = {ApiBaseUrl}, " +
        $"GuildId = {GuildId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "<global>"}, ReadMessages = {ReadMessages}, " +
        $"ShardCount = {ShardCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "<recommended>"}, " +
        $"ShardIds = {(ShardIds is null ? "<all>" : string.Join(",", ShardIds))} }}";
}
