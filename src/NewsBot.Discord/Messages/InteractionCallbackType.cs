namespace NewsBot.Discord.Messages;

/// <summary>How an interaction is answered (the initial response, within 3 s).</summary>
public enum InteractionCallbackType
{
    /// <summary>4: reply with a message.</summary>
    ChannelMessageWithSource = 4,

    /// <summary>5: "thinking…" now, edit the original response later.</summary>
    DeferredChannelMessageWithSource = 5,

    /// <summary>6: components only; acknowledge now, edit the message later.</summary>
    DeferredUpdateMessage = 6,

    /// <summary>7: components only; edit the message the component is on.</summary>
    UpdateMessage = 7,

    /// <summary>8: autocomplete suggestions.</summary>
    ApplicationCommandAutocompleteResult = 8,
}
