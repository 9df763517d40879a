namespace NewsBot.Discord.Models;

/// <summary>A shard finished IDENTIFY and Discord sent READY.</summary>
/// <param name="ShardId">The shard that became ready.</param>
/// <param name="ShardCount">Total shards in this bot.</param>
/// <param name="User">The bot user (ignore messages whose author has this id).</param>
/// <param name="ApplicationId">The application id, for commands and interaction webhooks.</param>
/// <param name="GuildIds">Guilds this shard serves (they arrive as unavailable stubs, then GUILD_CREATE).</param>
public sealed record DiscordReadyEvent(int ShardId, int ShardCount, DiscordUser User, ulong ApplicationId, IReadOnlyList<ulong> GuildIds);
