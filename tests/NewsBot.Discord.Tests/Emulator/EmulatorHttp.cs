using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NewsBot.Discord.Emulator;

namespace NewsBot.Discord.Tests.Emulator;

/// <summary>A plain HttpClient aimed at the emulator's API base, as any Discord client would build it.</summary>
internal static class EmulatorHttp
{
    public static HttpClient Client(DiscordEmulator emulator, bool authenticated = true)
    {
        var client = new HttpClient { BaseAddress = emulator.ApiBaseUrl };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("DiscordBot (https://example.invalid/newsbot, 0.1)");
        if (authenticated)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", emulator.BotToken);
        }

        return client;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, JsonNode body) =>
        client.PostAsJsonAsync(path, body);

    public static async Task<JsonObject> ReadObjectAsync(this HttpResponseMessage response) =>
        (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static string Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : throw new Xunit.Sdk.XunitException($"Missing header {name}");
}
