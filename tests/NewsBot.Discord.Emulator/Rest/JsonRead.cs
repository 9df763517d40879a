using System.Globalization;
using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator.Rest;

/// <summary>Tolerant readers for request JSON: a value of the wrong type reads as null instead of throwing.</summary>
internal static class JsonRead
{
    public static bool? Bool(JsonNode? node) => node is JsonValue value && value.TryGetValue(out bool result) ? result : null;

    public static int? Int(JsonNode? node) => node is JsonValue value && value.TryGetValue(out int result) ? result : null;

    public static string? String(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? result) ? result : null;

    public static ulong? Snowflake(JsonNode? node) =>
        String(node) is { } text && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
