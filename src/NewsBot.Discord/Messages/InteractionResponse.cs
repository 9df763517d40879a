using NewsBot.Discord.Commands;

namespace NewsBot.Discord.Messages;

/// <summary>The initial answer to an interaction; build it with the static factories.</summary>
public sealed record InteractionResponse
{
    private InteractionResponse(InteractionCallbackType type) => Type = type;

    /// <summary>Callback type.</summary>
    public InteractionCallbackType Type { get; }

    /// <summary>The message for types 4 and 7.</summary>
    public MessagePayload? Payload { get; private init; }

    /// <summary>Only the invoker sees the response (types 4 and 5).</summary>
    public bool Ephemeral { get; private init; }

    /// <summary>Autocomplete suggestions (type 8, ≤ 25).</summary>
    public IReadOnlyList<ApplicationCommandChoice>? Choices { get; private init; }

    /// <summary>Reply with a message (type 4).</summary>
    public static InteractionResponse Message(MessagePayload payload, bool ephemeral = false) =>
        new(InteractionCallbackType.ChannelMessageWithSource) { Payload = payload ?? throw new ArgumentNullException(nameof(payload)), Ephemeral = ephemeral };

    /// <summary>Show "thinking…" and answer later with an edit of the original response (type 5).</summary>
    public static InteractionResponse Defer(bool ephemeral = false) =>
        new(InteractionCallbackType.DeferredChannelMessageWithSource) { Ephemeral = ephemeral };

    /// <summary>Acknowledge a component click without a visible change yet (type 6).</summary>
    public static InteractionResponse DeferUpdate() => new(InteractionCallbackType.DeferredUpdateMessage);

    /// <summary>Replace the message the clicked component is on (type 7).</summary>
    public static InteractionResponse UpdateMessage(MessagePayload payload) =>
        new(InteractionCallbackType.UpdateMessage) { Payload = payload ?? throw new ArgumentNullException(nameof(payload)) };

    /// <summary>Autocomplete suggestions (type 8, ≤ 25 choices).</summary>
    public static InteractionResponse Autocomplete(IReadOnlyList<ApplicationCommandChoice> choices) =>
        new(InteractionCallbackType.ApplicationCommandAutocompleteResult) { Choices = choices ?? throw new ArgumentNullException(nameof(choices)) };
}
