namespace NewsBot.Discord.Messages;

/// <summary>
/// Which mentions in a message may ping. Every outgoing message carries one (the default, <see cref="None"/>,
/// pings nobody) because echoed user text such as <c>@everyone</c> would otherwise ping.
/// </summary>
public sealed record AllowedMentions
{
    /// <summary>Pings nobody and does not ping the author of a replied-to message: <c>{"parse":[],"replied_user":false}</c>.</summary>
    public static AllowedMentions None { get; } = new();

    /// <summary>Mention types parsed from the content ("users", "roles", "everyone"); empty = none.</summary>
    public IReadOnlyList<string> Parse { get; init; } = [];

    /// <summary>Users allowed to be pinged explicitly (must not be combined with "users" in <see cref="Parse"/>).</summary>
    public IReadOnlyList<ulong>? Users { get; init; }

    /// <summary>Roles allowed to be pinged explicitly (must not be combined with "roles" in <see cref="Parse"/>).</summary>
    public IReadOnlyList<ulong>? Roles { get; init; }

    /// <summary>Whether a reply pings the author of the message it replies to.</summary>
    public bool RepliedUser { get; init; }

    /// <summary>Allows pinging exactly these users and nothing else.</summary>
    public static AllowedMentions OnlyUsers(params ulong[] userIds) => new() { Users = userIds };
}
