using System.Net;
using System.Text.Json;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Commands;

public sealed class CommandSyncTests
{
    private const ulong AppId = 900000000000000002;
    private const ulong GuildId = 800000000000000001;

    // What Discord returns for the commands below: ids, versions, defaults filled in, unknown fields.
    private const string RegisteredJson = """
        [{"id":"400000000000000001","application_id":"900000000000000002","version":"400000000000000009","default_member_permissions":null,
          "type":1,"name":"ask","description":"Ask the news a question","dm_permission":true,"contexts":[0,1,2],"integration_types":[0],"nsfw":false,
          "options":[{"type":3,"name":"question","description":"What you want to know","required":true,"autocomplete":false,"min_length":3,"max_length":1000},
                     {"type":3,"name":"topic","description":"Limit to a topic","required":false,"autocomplete":true}]},
         {"id":"400000000000000002","application_id":"900000000000000002","version":"400000000000000010","default_member_permissions":"32",
          "type":3,"name":"Ask about this","description":"","contexts":[0,1,2],"integration_types":[0],"nsfw":false}]
        """;

    private readonly ObservedTimeProvider _time = new();
    private readonly FakeHttpMessageHandler _http;

    public CommandSyncTests() => _http = new FakeHttpMessageHandler(_time);

    private static List<ApplicationCommand> Wanted() =>
    [
        new ApplicationCommand
        {
            Name = "ask",
            Description = "Ask the news a question",
            Options =
            [
                new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "question", Description = "What you want to know", Required = true, MinLength = 3, MaxLength = 1000 },
                new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "topic", Description = "Limit to a topic", Autocomplete = true },
            ],
        },
        new ApplicationCommand { Type = ApplicationCommandType.Message, Name = "Ask about this", DefaultMemberPermissions = 32 },
    ];

    [Fact]
    public async Task SyncGuildCommandsAsync_SameSetInAnotherOrder_DoesNotPut()
    {
        _http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.OK, RegisteredJson));
        var rest = Some.RestClient(_http, _time);
        var wanted = Wanted();
        wanted.Reverse();

        var result = await rest.SyncGuildCommandsAsync(AppId, GuildId, wanted, CancellationToken.None);

        Assert.False(result.Changed);
        Assert.Equal($"GET applications/{AppId}/guilds/{GuildId}/commands", $"{Assert.Single(_http.Requests).Method} {_http.Requests[0].Route}");
        Assert.Equal(2, result.Commands.Count);
    }

    [Fact]
    public async Task SyncGlobalCommandsAsync_DescriptionChanged_PutsTheWholeSet()
    {
        _http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.OK, RegisteredJson));
        _http.Enqueue(r => FakeHttpMessageHandler.Json(HttpStatusCode.OK, r.Body!));
        var rest = Some.RestClient(_http, _time);
        var wanted = Wanted();
        wanted[0] = wanted[0] with { Description = "Ask the articles a question" };

        var result = await rest.SyncGlobalCommandsAsync(AppId, wanted, CancellationToken.None);

        Assert.True(result.Changed);
        Assert.Equal(2, _http.Requests.Count);
        var put = _http.Requests[1];
        Assert.Equal(HttpMethod.Put, put.Method);
        Assert.Equal($"applications/{AppId}/commands", put.Route);
        using var body = JsonDocument.Parse(put.Body!);
        Assert.Equal(2, body.RootElement.GetArrayLength());
        Assert.Equal("Ask the articles a question", body.RootElement[0].GetProperty("description").GetString());
        Assert.Equal("32", body.RootElement[1].GetProperty("default_member_permissions").GetString());
        Assert.Equal(3, body.RootElement[1].GetProperty("type").GetInt32());
    }

    [Fact]
    public async Task SyncGuildCommandsAsync_OptionAdded_Puts()
    {
        _http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.OK, RegisteredJson));
        _http.Enqueue(r => FakeHttpMessageHandler.Json(HttpStatusCode.OK, r.Body!));
        var rest = Some.RestClient(_http, _time);
        var wanted = Wanted();
        wanted[0] = wanted[0] with
        {
            Options = [.. wanted[0].Options!, new ApplicationCommandOption { Type = ApplicationCommandOptionType.Integer, Name = "count", Description = "How many quotes" }],
        };

        var result = await rest.SyncGuildCommandsAsync(AppId, GuildId, wanted, CancellationToken.None);

        Assert.True(result.Changed);
        Assert.Equal(HttpMethod.Put, _http.Requests[1].Method);
    }

    [Fact]
    public async Task SyncGuildCommandsAsync_NothingRegisteredYet_Puts()
    {
        _http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.OK, "[]"));
        _http.Enqueue(r => FakeHttpMessageHandler.Json(HttpStatusCode.OK, r.Body!));
        var rest = Some.RestClient(_http, _time);

        var result = await rest.SyncGuildCommandsAsync(AppId, GuildId, Wanted(), CancellationToken.None);

        Assert.True(result.Changed);
    }

    [Fact]
    public async Task SyncGuildCommandsAsync_ContextsSet_LeavesThemOutBecauseTheyAreGlobalOnly()
    {
        // Guild commands come back without contexts (Discord documents contexts as global-only).
        const string registeredInGuild = """
            [{"id":"400000000000000003","application_id":"900000000000000002","version":"1","guild_id":"800000000000000001",
              "default_member_permissions":"32","type":1,"name":"reindex","description":"Rebuild the index","integration_types":[0],"nsfw":false}]
            """;
        var wanted = new List<ApplicationCommand>
        {
            new() { Name = "reindex", Description = "Rebuild the index", DefaultMemberPermissions = 32, Contexts = [InteractionContextType.Guild] },
        };
        _http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.OK, registeredInGuild));
        var rest = Some.RestClient(_http, _time);

        var unchanged = await rest.SyncGuildCommandsAsync(AppId, GuildId, wanted, CancellationToken.None);

        Assert.False(unchanged.Changed);
        Assert.Single(_http.Requests);

        _http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.OK, "[]"));
        _http.Enqueue(r => FakeHttpMessageHandler.Json(HttpStatusCode.OK, r.Body!));
        await rest.SyncGuildCommandsAsync(AppId, GuildId, wanted, CancellationToken.None);
        using var body = JsonDocument.Parse(_http.Requests[^1].Body!);
        Assert.False(body.RootElement[0].TryGetProperty("contexts", out _));
        Assert.Equal("32", body.RootElement[0].GetProperty("default_member_permissions").GetString());
    }

    public static TheoryData<string, ApplicationCommand> InvalidCommands() => new()
    {
        { "commands[0].name", new ApplicationCommand { Name = "Ask", Description = "d" } },
        { "commands[0].name", new ApplicationCommand { Name = "ask now", Description = "d" } },
        { "commands[0].name", new ApplicationCommand { Name = new string('a', 33), Description = "d" } },
        { "commands[0].description", new ApplicationCommand { Name = "ask", Description = "" } },
        { "commands[0].description", new ApplicationCommand { Name = "ask", Description = new string('d', 101) } },
        { "commands[0].description", new ApplicationCommand { Type = ApplicationCommandType.Message, Name = "Ask", Description = "not allowed" } },
        { "commands[0].options[0].choices", new ApplicationCommand { Name = "ask", Description = "d", Options = [new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "o", Description = "d", Choices = Enumerable.Range(0, 26).Select(i => ApplicationCommandChoice.Of($"c{i}", $"v{i}")).ToList() }] } },
        { "commands[0].options[0].autocomplete", new ApplicationCommand { Name = "ask", Description = "d", Options = [new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "o", Description = "d", Autocomplete = true, Choices = [ApplicationCommandChoice.Of("a", "a")] }] } },
        { "commands[0].options[1].required", new ApplicationCommand { Name = "ask", Description = "d", Options = [new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "a", Description = "d" }, new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "b", Description = "d", Required = true }] } },
    };

    [Theory]
    [MemberData(nameof(InvalidCommands))]
    public async Task SyncGuildCommandsAsync_InvalidDefinition_ThrowsNamingTheFieldBeforeAnyRequest(string field, ApplicationCommand command)
    {
        var rest = Some.RestClient(_http, _time);

        var error = await Assert.ThrowsAsync<DiscordValidationException>(() => rest.SyncGuildCommandsAsync(AppId, GuildId, [command], CancellationToken.None));

        Assert.Equal(field, error.Field);
        Assert.Empty(_http.Requests);
    }
}
