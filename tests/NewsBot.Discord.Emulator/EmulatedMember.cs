namespace NewsBot.Discord.Emulator;

/// <summary>A user's membership in a guild.</summary>
/// <param name="GuildId">Guild.</param>
/// <param name="UserId">User.</param>
/// <param name="RoleIds">Roles besides @everyone.</param>
/// <param name="JoinedAt">When the member joined.</param>
public sealed record EmulatedMember(ulong GuildId, ulong UserId, IReadOnlyList<ulong> RoleIds, DateTimeOffset JoinedAt);
