using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator;

/// <summary>A snapshot of a message in the emulator (sent by the bot, injected by a test, or an interaction response).</summary>
/// <param name="Id">Snowflake.</param>
/// <param name="ChannelId">Channel.</param>
/// <param name="GuildId">Guild, null in DMs.</param>
/// <param name="AuthorId">Author user id.</param>
/// <param name="Content">Current content.</param>
/// <param name="Json">The message object as the REST API returns it (a copy).</param>
/// <param name="AllowedMentions">The <c>allowed_mentions</c> the bot sent, or null when it sent none.</param>
/// <param name="PingedUserIds">Users this message actually pings after applying <c>allowed_mentions</c>.</param>
/// <param name="PingedRoleIds">Roles this message actually pings.</param>
/// <param name="PingsEveryone">Whether @everyone/@here actually pings.</param>
/// <param name="IsEphemeral">Ephemeral interaction message (never dispatched on the gateway).</param>
/// <param name="IsDeleted">Deleted since.</param>
/// <param name="EditCount">How many times it was edited.</param>
/// <param name="InteractionId">Interaction this message answers, if any.</param>
public sealed record EmulatedMessage(
    ulong Id,
    ulong ChannelId,
    ulong? GuildId,
    ulong AuthorId,
    string Content,
    JsonObject Json,
    JsonObject? AllowedMentions,
    IReadOnlyList<ulong> PingedUserIds,
    IReadOnlyList<ulong> PingedRoleIds,
    bool PingsEveryone,
    bool IsEphemeral,
    bool IsDeleted,
    int EditCount,
    ulong? InteractionId);
