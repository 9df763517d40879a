using NewsBot.Discord.Models;

namespace NewsBot.Discord.Messages;

/// <summary>
/// What the bot sends: a channel message, an interaction response, a follow-up or an edit. Validated before
/// sending (content ≤ 2000 code points, embed and component limits). <see cref="AllowedMentions"/> can never be
/// missing: it defaults to <see cref="Messages.AllowedMentions.None"/> and a null assignment falls back to it.
/// </summary>
public sealed record MessagePayload
{
    private readonly AllowedMentions _allowedMentions = AllowedMentions.None;

    /// <summary>Text (≤ 2000 code points).</summary>
    public string? Content { get; init; }

    /// <summary>Embeds (≤ 10).</summary>
    public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>Action rows (≤ 5, each ≤ 5 buttons).</summary>
    public IReadOnlyList<ActionRow>? Components { get; init; }

    /// <summary>Who may be pinged; defaults to nobody.</summary>
    public AllowedMentions AllowedMentions
    {
        get => _allowedMentions;
        init => _allowedMentions = value ?? AllowedMentions.None;
    }

    /// <summary>Makes the message a reply (channel messages only).</summary>
    public MessageReference? MessageReference { get; init; }

    /// <summary>Flags such as <see cref="MessageFlags.Ephemeral"/>.</summary>
    public MessageFlags? Flags { get; init; }

    /// <summary>A plain text message that pings nobody.</summary>
    public static MessagePayload Text(string content) => new() { Content = content };

    /// <summary>
    /// Returns a copy that replies to <paramref name="message"/> without pinging its author and that is still
    /// sent (as a normal message) if the original was deleted meanwhile.
    /// </summary>
    public MessagePayload AsReplyTo(DiscordMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return this with
        {
            MessageReference = new MessageReference(message.Id, message.ChannelId, message.GuildId, FailIfNotExists: false),
        };
    }
}
