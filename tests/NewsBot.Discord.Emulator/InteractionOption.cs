using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator;

/// <summary>An option of an injected command or autocomplete interaction.</summary>
/// <param name="Name">Option name.</param>
/// <param name="Type">Option type (1 sub-command, 2 group, 3 string, 4 integer, 5 boolean, 10 number, ...).</param>
/// <param name="Value">Value (strings, numbers and booleans convert implicitly to <see cref="JsonNode"/>).</param>
/// <param name="Focused">The option being typed in an autocomplete interaction.</param>
/// <param name="Options">Nested options of a sub-command or group.</param>
public sealed record InteractionOption(string Name, int Type, JsonNode? Value = null, bool Focused = false, IReadOnlyList<InteractionOption>? Options = null)
{
    /// <summary>A string option (type 3).</summary>
    public static InteractionOption String(string name, string value, bool focused = false) => new(name, 3, value, focused);

    internal JsonObject ToJson()
    {
        var json = new JsonObject { ["name"] = Name, ["type"] = Type };
        if (Value is not null)
        {
            json["value"] = Value.DeepClone();
        }

        if (Focused)
        {
            json["focused"] = true;
        }

        if (Options is not null)
        {
            json["options"] = new JsonArray(Options.Select(option => (JsonNode?)option.ToJson()).ToArray());
        }

        return json;
    }
}
