namespace NewsBot.Discord.Commands;

/// <summary>
/// A command definition to register (and what Discord returns when listing them). Name 1–32 lowercase
/// characters; description 1–100 for slash commands and empty for user/message commands.
/// </summary>
public sealed record ApplicationCommand
{
    /// <summary>Assigned by Discord; leave null when defining.</summary>
    public ulong? Id { get; init; }

    /// <summary>Slash, user or message command.</summary>
    public ApplicationCommandType Type { get; init; } = ApplicationCommandType.ChatInput;

    /// <summary>Name (slash: 1–32 lowercase; context menu: 1–32, any case and spaces).</summary>
    public required string Name { get; init; }

    /// <summary>Description (slash: 1–100; must be empty for user/message commands).</summary>
    public string Description { get; init; } = "";

    /// <summary>Options (≤ 25; slash commands only).</summary>
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>
    /// Permission bitfield a member needs by default (sent as a string); 0 = admins only, null = everyone.
    /// Guild admins can override it, so re-check <c>member.permissions</c> for sensitive commands.
    /// </summary>
    public ulong? DefaultMemberPermissions { get; init; }

    /// <summary>Where the command can be used (global commands); null = Discord's default.</summary>
    public IReadOnlyList<InteractionContextType>? Contexts { get; init; }

    /// <summary>Age-restricted command.</summary>
    public bool? Nsfw { get; init; }
}
