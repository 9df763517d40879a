namespace NewsBot.Discord.Emulator;

/// <summary>A guild role.</summary>
/// <param name="Id">Snowflake.</param>
/// <param name="GuildId">Guild it belongs to.</param>
/// <param name="Name">Role name.</param>
/// <param name="Permissions">Permission bitfield.</param>
public sealed record EmulatedRole(ulong Id, ulong GuildId, string Name, ulong Permissions);
