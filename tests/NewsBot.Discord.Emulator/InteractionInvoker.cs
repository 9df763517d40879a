namespace NewsBot.Discord.Emulator;

/// <summary>Who invokes an injected interaction, and where.</summary>
public sealed record InteractionInvoker
{
    /// <summary>The invoking user. Default: <see cref="DiscordEmulator.User"/>.</summary>
    public ulong? UserId { get; init; }

    /// <summary>Channel the interaction happens in. Default: <see cref="DiscordEmulator.Channel"/>, or the user's DM with <see cref="InDirectMessage"/>.</summary>
    public ulong? ChannelId { get; init; }

    /// <summary>Invoke from the user's DM with the bot (<c>user</c> instead of <c>member</c>, context 1).</summary>
    public bool InDirectMessage { get; init; }

    /// <summary><c>member.permissions</c> to send. Default: computed from @everyone and <see cref="RoleIds"/>.</summary>
    public ulong? Permissions { get; init; }

    /// <summary>The member's roles (replacing the stored ones for this interaction). Default: the stored membership's roles.</summary>
    public IReadOnlyList<ulong>? RoleIds { get; init; }

    /// <summary>The user's locale.</summary>
    public string Locale { get; init; } = "en-US";
}
