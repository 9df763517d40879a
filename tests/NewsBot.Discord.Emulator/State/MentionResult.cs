namespace NewsBot.Discord.Emulator.State;

/// <summary>Who a message really pings once <c>allowed_mentions</c> is applied.</summary>
internal sealed record MentionResult(IReadOnlyList<ulong> UserIds, IReadOnlyList<ulong> RoleIds, bool Everyone)
{
    public static MentionResult None { get; } = new([], [], false);
}
