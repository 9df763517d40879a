using System.Text.Json.Nodes;

namespace NewsBot.Discord.Gateway;

/// <summary>Makes an outgoing payload safe to log: the <c>d.token</c> of IDENTIFY and RESUME is replaced.</summary>
internal static class GatewayRedactor
{
    public static string Redact(ReadOnlySpan<byte> utf8Json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(utf8Json);
        }
        catch (System.Text.Json.JsonException)
        {
            return "<unparseable payload>";
        }

        if (node?["d"] is JsonObject data && data.ContainsKey("token"))
        {
            data["token"] = "[redacted]";
        }

        return node?.ToJsonString() ?? "null";
    }
}
