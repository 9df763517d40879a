namespace NewsBot.Discord.Models;

/// <summary>What kind of interaction arrived.</summary>
public enum InteractionType
{
    /// <summary>HTTP-endpoint apps only; never seen on the gateway.</summary>
    Ping = 1,

    /// <summary>A slash command or a context-menu command.</summary>
    ApplicationCommand = 2,

    /// <summary>A button or select on one of the bot's messages.</summary>
    MessageComponent = 3,

    /// <summary>The user is typing into an autocomplete option; answer with choices.</summary>
    ApplicationCommandAutocomplete = 4,

    /// <summary>A modal was submitted.</summary>
    ModalSubmit = 5,
}
