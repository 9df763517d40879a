using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator.State;

/// <summary>Mutable interaction state, guarded by the <see cref="EmulatorState"/> lock.</summary>
internal sealed class InteractionRecord
{
    public required ulong Id { get; init; }
    public required string Token { get; init; }
    public required int Type { get; init; }
    public required JsonObject Payload { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required ulong ChannelId { get; init; }
    public required ulong? GuildId { get; init; }
    public required ulong InvokerId { get; init; }
    public ulong? SourceMessageId { get; init; }
    public int? CallbackType { get; set; }
    public JsonObject? CallbackData { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public ulong? OriginalMessageId { get; set; }
    public bool OriginalIsLoading { get; set; }
    public bool OriginalDeleted { get; set; }
    public List<JsonObject> OriginalEdits { get; } = [];
    public List<ulong> FollowUpIds { get; } = [];
}
