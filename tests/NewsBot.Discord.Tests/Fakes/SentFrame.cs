using System.Text.Json;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>A payload the client sent, with the fake time it was sent at.</summary>
internal sealed record SentFrame(DateTimeOffset At, string Json)
{
    private JsonElement Root => JsonDocument.Parse(Json).RootElement;

    public int Op => Root.GetProperty("op").GetInt32();

    public JsonElement D => Root.GetProperty("d");
}
