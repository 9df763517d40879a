using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator.State;

/// <summary>Mutable message state, guarded by the <see cref="EmulatorState"/> lock.</summary>
internal sealed class MessageRecord
{
    public required ulong Id { get; init; }
    public required ulong ChannelId { get; init; }
    public required ulong? GuildId { get; init; }
    public required ulong AuthorId { get; init; }
    public required JsonObject Json { get; set; }
    public JsonObject? AllowedMentions { get; set; }
    public MentionResult Mentions { get; set; } = MentionResult.None;
    public bool IsEphemeral { get; init; }
    public bool IsDeleted { get; set; }
    public int EditCount { get; set; }
    public ulong? InteractionId { get; init; }

    public string Content => Json["content"]?.GetValue<string>() ?? string.Empty;

    public EmulatedMessage ToSnapshot() => new(
        Id, ChannelId, GuildId, AuthorId, Content, (JsonObject)Json.DeepClone(),
        AllowedMentions?.DeepClone() as JsonObject, Mentions.UserIds, Mentions.RoleIds, Mentions.Everyone,
        IsEphemeral, IsDeleted, EditCount, InteractionId);
}
