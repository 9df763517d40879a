using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator;

/// <summary>What the bot did with one injected interaction.</summary>
/// <param name="Id">Interaction id.</param>
/// <param name="Type">Interaction type (2 command, 3 component, 4 autocomplete).</param>
/// <param name="CallbackType">Callback type of the initial response (4, 5, 6, 7, 8, 9), or null before the bot answered.</param>
/// <param name="CallbackData">The callback's <c>data</c> (choices for type 8, modal for type 9, message for 4/7).</param>
/// <param name="AcknowledgedAt">When the initial response arrived.</param>
/// <param name="Original">The original response message (after edits), if one exists.</param>
/// <param name="OriginalEdits">Bodies of each PATCH @original, in order.</param>
/// <param name="OriginalDeleted">Whether @original was deleted.</param>
/// <param name="FollowUps">Follow-up messages, in order.</param>
public sealed record EmulatedInteraction(
    ulong Id,
    int Type,
    int? CallbackType,
    JsonObject? CallbackData,
    DateTimeOffset? AcknowledgedAt,
    EmulatedMessage? Original,
    IReadOnlyList<JsonObject> OriginalEdits,
    bool OriginalDeleted,
    IReadOnlyList<EmulatedMessage> FollowUps);
