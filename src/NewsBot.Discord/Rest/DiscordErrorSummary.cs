using System.Text.Json;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Flattens Discord's nested error tree (<c>{"content":{"_errors":[{"code":"…","message":"…"}]}}</c>) into one
/// line such as <c>content: BASE_TYPE_MAX_LENGTH (Must be 2000 or fewer in length.)</c>.
/// </summary>
internal static class DiscordErrorSummary
{
    private const int MaxEntries = 10;

    public static string? Summarize(JsonElement? errors)
    {
        if (errors is not { ValueKind: JsonValueKind.Object } tree)
        {
            return null;
        }

        var entries = new List<string>();
        Walk(tree, "", entries);
        return entries.Count == 0 ? null : string.Join("; ", entries);
    }

    private static void Walk(JsonElement node, string path, List<string> entries)
    {
        foreach (var property in node.EnumerateObject())
        {
            if (entries.Count >= MaxEntries)
            {
                return;
            }

            if (property.NameEquals("_errors") && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in property.Value.EnumerateArray())
                {
                    // Documented entries are {code: string, message: string}; anything else is shown as it came
                    // rather than letting an odd error body hide the error itself.
                    var code = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var c) ? Text(c) : null;
                    var message = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var m) ? Text(m) : Text(error);
                    entries.Add($"{(path.Length == 0 ? "(body)" : path)}: {code} ({message})");
                }
            }
            else if (property.Value.ValueKind == JsonValueKind.Object)
            {
                var name = property.Name;
                var child = name.All(char.IsAsciiDigit) ? $"{path}[{name}]" : path.Length == 0 ? name : $"{path}.{name}";
                Walk(property.Value, child, entries);
            }
        }
    }

    private static string Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText();
}
