using System.Text;

namespace NewsBot.Discord.Models;

/// <summary>
/// An interaction (slash command, context-menu command, component click, autocomplete). Answer it within 3 s
/// through <see cref="Rest.IDiscordRestClient.RespondToInteractionAsync"/>; the <see cref="Token"/> then allows
/// edits and follow-ups for 15 minutes. The token is a credential: <see cref="ToString"/> leaves it out.
/// </summary>
public sealed record DiscordInteraction
{
    /// <summary>Interaction id.</summary>
    public required ulong Id { get; init; }

    /// <summary>The application the interaction is for.</summary>
    public required ulong ApplicationId { get; init; }

    /// <summary>What kind of interaction this is.</summary>
    public required InteractionType Type { get; init; }

    /// <summary>Continuation token for responses (secret: never log it).</summary>
    public required string Token { get; init; }

    /// <summary>Command / component data.</summary>
    public InteractionData? Data { get; init; }

    /// <summary>The guild, or null in DMs.</summary>
    public ulong? GuildId { get; init; }

    /// <summary>The channel it was invoked in.</summary>
    public ulong? ChannelId { get; init; }

    /// <summary>The invoking member (guild only), with roles and channel permissions.</summary>
    public DiscordGuildMember? Member { get; init; }

    /// <summary>The invoking user (DMs only; in guilds see <see cref="Member"/>).</summary>
    public DiscordUser? User { get; init; }

    /// <summary>For component interactions: the message the component is on.</summary>
    public DiscordMessage? Message { get; init; }

    /// <summary>Who invoked it: <c>member.user</c> in guilds, <c>user</c> in DMs.</summary>
    public DiscordUser? Invoker => Member?.User ?? User;

    private bool PrintMembers(StringBuilder builder)
    {
        // The token is a 15-minute credential; records print every property, so this one is listed by hand.
        builder.Append("Id = ").Append(Id)
            .Append(", ApplicationId = ").Append(ApplicationId)
            .Append(", Type = ").Append(Type)
            .Append(", Token = <redacted>")
            .Append(", Command = ").Append(Data?.Name ?? Data?.CustomId)
            .Append(", GuildId = ").Append(GuildId)
            .Append(", ChannelId = ").Append(ChannelId)
            .Append(", InvokerId = ").Append(Invoker?.Id);
        return true;
    }
}
