namespace NewsBot.Discord.Models;

/// <summary>Points at another message: the message a reply answers.</summary>
/// <param name="MessageId">The referenced message.</param>
/// <param name="ChannelId">Its channel (optional when replying in the same channel).</param>
/// <param name="GuildId">Its guild (optional).</param>
/// <param name="FailIfNotExists">
/// When false, Discord sends the message as a normal one if the referenced message was deleted meanwhile.
/// </param>
public sealed record MessageReference(ulong? MessageId, ulong? ChannelId = null, ulong? GuildId = null, bool? FailIfNotExists = null);
