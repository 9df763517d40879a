using System.Text.Json;

namespace NewsBot.Discord.Models;

/// <summary>One option the user filled in (or a sub-command with its own options).</summary>
public sealed record InteractionDataOption
{
    /// <summary>Option name as registered.</summary>
    public required string Name { get; init; }

    /// <summary>Option type (see <see cref="Commands.ApplicationCommandOptionType"/>).</summary>
    public int Type { get; init; }

    /// <summary>The value (string, number or boolean), absent for sub-commands.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>Nested options of a sub-command or group.</summary>
    public IReadOnlyList<InteractionDataOption> Options { get; init => field = value ?? []; } = [];

    /// <summary>True on the option the user is typing into (autocomplete only).</summary>
    public bool Focused { get; init; }

    /// <summary>The value as text: strings as they are, numbers and booleans in JSON form, null when absent.</summary>
    public string? ValueAsString() => Value switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        var v => v.Value.GetRawText(),
    };
}
