using System.Text.Json;

namespace NewsBot.Discord.Commands;

/// <summary>A fixed choice of an option, or an autocomplete suggestion (name 1–100, string value ≤ 100).</summary>
/// <param name="Name">What the user sees.</param>
/// <param name="Value">What the bot receives: a JSON string or number.</param>
public sealed record ApplicationCommandChoice(string Name, JsonElement Value)
{
    /// <summary>A choice with a text value.</summary>
    public static ApplicationCommandChoice Of(string name, string value) =>
        new(name, JsonSerializer.SerializeToElement(value, Serialization.DiscordJsonContext.Default.String));

    /// <summary>A choice with an integer value.</summary>
    public static ApplicationCommandChoice Of(string name, long value) =>
        new(name, JsonSerializer.SerializeToElement(value, Serialization.DiscordJsonContext.Default.Int64));
}
