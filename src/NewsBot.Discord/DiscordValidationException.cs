namespace NewsBot.Discord;

/// <summary>A payload broke one of Discord's limits and was not sent. The message names the field and the limit.</summary>
public sealed class DiscordValidationException : Exception
{
    /// <summary>Creates the exception for <paramref name="field"/>.</summary>
    public DiscordValidationException(string field, string problem)
        : base($"{field}: {problem}") => Field = field;

    /// <summary>Unused; a validation error always names a field.</summary>
    public DiscordValidationException() : base("invalid payload") => Field = "";

    /// <summary>Unused; a validation error always names a field.</summary>
    public DiscordValidationException(string message) : base(message) => Field = "";

    /// <summary>Unused; a validation error always names a field.</summary>
    public DiscordValidationException(string message, Exception innerException) : base(message, innerException) => Field = "";

    /// <summary>JSON path of the offending field, e.g. <c>embeds[0].fields[3].value</c>.</summary>
    public string Field { get; }
}
