namespace NewsBot.Discord.Models;

/// <summary>A (partial) guild member, as attached to messages and interactions.</summary>
public sealed record DiscordGuildMember
{
    /// <summary>The user; absent on the member object of MESSAGE_CREATE (the author is there instead).</summary>
    public DiscordUser? User { get; init; }

    /// <summary>Role ids the member holds.</summary>
    public IReadOnlyList<ulong> Roles { get; init => field = value ?? []; } = [];

    /// <summary>Guild nickname, if any.</summary>
    public string? Nick { get; init; }

    /// <summary>
    /// Effective permissions in the interaction's channel (only on interactions). Check this for
    /// sensitive commands: <c>default_member_permissions</c> can be overridden by guild admins.
    /// </summary>
    public ulong? Permissions { get; init; }
}
