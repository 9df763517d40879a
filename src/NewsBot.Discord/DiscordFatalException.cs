namespace NewsBot.Discord;

/// <summary>Thrown by <see cref="DiscordClient.RunAsync"/> when Discord refuses the bot for good (bad token, disallowed intents...).</summary>
public sealed class DiscordFatalException : Exception
{
    /// <summary>Creates the exception from the fatal error.</summary>
    public DiscordFatalException(DiscordFatalError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).Message) => Error = error;

    /// <summary>Unused; prefer the error constructor.</summary>
    public DiscordFatalException() : this(new DiscordFatalError(null, "Discord stopped the client.")) { }

    /// <summary>Unused; prefer the error constructor.</summary>
    public DiscordFatalException(string message) : this(new DiscordFatalError(null, message)) { }

    /// <summary>Unused; prefer the error constructor.</summary>
    public DiscordFatalException(string message, Exception innerException) : base(message, innerException) =>
        Error = new DiscordFatalError(null, message);

    /// <summary>What went wrong and how to fix it.</summary>
    public DiscordFatalError Error { get; }
}
