namespace NewsBot.Discord.Models;

/// <summary>Objects the interaction refers to, keyed by id (e.g. the target of a message command).</summary>
public sealed record InteractionResolvedData
{
    /// <summary>Messages by id (message context-menu commands resolve their target here).</summary>
    public IReadOnlyDictionary<ulong, DiscordMessage> Messages { get; init => field = value ?? new Dictionary<ulong, DiscordMessage>(); } = new Dictionary<ulong, DiscordMessage>();

    /// <summary>Users by id.</summary>
    public IReadOnlyDictionary<ulong, DiscordUser> Users { get; init => field = value ?? new Dictionary<ulong, DiscordUser>(); } = new Dictionary<ulong, DiscordUser>();
}
