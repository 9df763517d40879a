namespace NewsBot.Discord.Emulator;

/// <summary>A guild the bot is in.</summary>
/// <param name="Id">Snowflake (also the id of its @everyone role).</param>
/// <param name="Name">Guild name.</param>
/// <param name="OwnerId">Owner user id.</param>
public sealed record EmulatedGuild(ulong Id, string Name, ulong OwnerId);
