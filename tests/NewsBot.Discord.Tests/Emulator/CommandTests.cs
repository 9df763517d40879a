using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NewsBot.Discord.Emulator;

namespace NewsBot.Discord.Tests.Emulator;

public sealed class CommandTests
{
    private static JsonObject Ask() => new()
    {
        ["name"] = "ask",
        ["type"] = 1,
        ["description"] = "Ask the news a question",
        ["options"] = new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["description"] = "Your question", ["required"] = true }),
    };

    [Fact]
    public async Task BulkOverwriteGuildCommands_Valid_ReturnsFullListAndKeepsIdsOnRepeat()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);
        var path = $"applications/{emulator.ApplicationId}/guilds/{emulator.Guild.Id}/commands";

        var first = JsonNode.Parse(await (await http.PutAsJsonAsync(path, new JsonArray(Ask()))).Content.ReadAsStringAsync())!.AsArray();
        var second = JsonNode.Parse(await (await http.PutAsJsonAsync(path, new JsonArray(Ask()))).Content.ReadAsStringAsync())!.AsArray();
        var listed = JsonNode.Parse(await http.GetStringAsync(path))!.AsArray();

        Assert.Equal("ask", Assert.Single(first)!["name"]!.GetValue<string>());
        Assert.Equal(first[0]!["id"]!.GetValue<string>(), second[0]!["id"]!.GetValue<string>());
        Assert.Equal(emulator.Guild.Id.ToString(), listed[0]!["guild_id"]!.GetValue<string>());
        Assert.Single(emulator.GetCommands(emulator.Guild.Id));
    }

    [Fact]
    public async Task BulkOverwrite_InvalidNameAndOptionOrder_Returns50035KeyedByIndex()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);
        var bad = Ask();
        bad["name"] = "Ask Me";
        bad["options"]!.AsArray().Insert(0, new JsonObject { ["name"] = "topic", ["type"] = 3, ["description"] = "optional first" });

        using var response = await http.PutAsJsonAsync($"applications/{emulator.ApplicationId}/commands", new JsonArray(Ask(), bad));
        var body = await response.ReadObjectAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(50035, body["code"]!.GetValue<int>());
        Assert.Equal("APPLICATION_COMMAND_INVALID_NAME", body["errors"]!["1"]!["name"]!["_errors"]![0]!["code"]!.GetValue<string>());
        Assert.NotNull(body["errors"]!["1"]!["options"]!["1"]!["required"]);
        Assert.Null(body["errors"]!["0"]);
        Assert.Empty(emulator.GetCommands());
    }

    [Fact]
    public async Task CreateCommand_NewThenSameName_Returns201Then200WithSameId()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);
        var path = $"applications/{emulator.ApplicationId}/commands";

        using var created = await http.PostJsonAsync(path, Ask());
        using var overwritten = await http.PostJsonAsync(path, Ask());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, overwritten.StatusCode);
        Assert.Equal((await created.ReadObjectAsync())["id"]!.GetValue<string>(), (await overwritten.ReadObjectAsync())["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task EditAndDeleteCommand_UnknownIdGets10063()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);
        var path = $"applications/{emulator.ApplicationId}/commands";
        var id = (await (await http.PostJsonAsync(path, Ask())).ReadObjectAsync())["id"]!.GetValue<string>();

        var edited = await (await http.PatchAsync($"{path}/{id}", JsonContent.Create(new JsonObject { ["description"] = "Ask anything" }))).ReadObjectAsync();
        using var deleted = await http.DeleteAsync($"{path}/{id}");
        using var missing = await http.GetAsync($"{path}/{id}");

        Assert.Equal("Ask anything", edited["description"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(10063, (await missing.ReadObjectAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task InjectSlashCommand_RegisteredCommand_UsesItsId()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);
        var command = await (await http.PostJsonAsync($"applications/{emulator.ApplicationId}/guilds/{emulator.Guild.Id}/commands", Ask())).ReadObjectAsync();

        var interaction = await emulator.InjectSlashCommandAsync("ask", [InteractionOption.String("question", "q")]);

        Assert.Equal(command["id"]!.GetValue<string>(), interaction.Payload["data"]!["id"]!.GetValue<string>());
        Assert.Equal(emulator.Guild.Id.ToString(), interaction.Payload["data"]!["guild_id"]!.GetValue<string>());
    }
}
