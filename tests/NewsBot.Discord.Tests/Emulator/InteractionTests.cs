using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Emulator;

namespace NewsBot.Discord.Tests.Emulator;

public sealed class InteractionTests
{
    private static JsonObject Reply(string content, long flags = 0) =>
        new() { ["type"] = 4, ["data"] = new JsonObject { ["content"] = content, ["flags"] = flags, ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } } };

    private static string CallbackPath(InjectedInteraction interaction) => $"interactions/{interaction.Id}/{interaction.Token}/callback";

    [Fact]
    public async Task InjectSlashCommand_DispatchesInteractionCreateWithMemberPermissionsAndOptions()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        var (client, _) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, 0);
        await using var _1 = client;
        var moderator = emulator.AddRole(emulator.Guild.Id, "moderator", DiscordPermissions.ManageGuild);

        var interaction = await emulator.InjectSlashCommandAsync("ask", [InteractionOption.String("question", "Who won?")], new InteractionInvoker { RoleIds = [moderator.Id] });
        var dispatch = (await client.ReceiveDispatchAsync("INTERACTION_CREATE"))["d"]!;

        Assert.Equal(interaction.Id.ToString(), dispatch["id"]!.GetValue<string>());
        Assert.Equal(interaction.Token, dispatch["token"]!.GetValue<string>());
        Assert.Equal(2, dispatch["type"]!.GetValue<int>());
        Assert.Equal("ask", dispatch["data"]!["name"]!.GetValue<string>());
        Assert.Equal("Who won?", dispatch["data"]!["options"]![0]!["value"]!.GetValue<string>());
        var permissions = ulong.Parse(dispatch["member"]!["permissions"]!.GetValue<string>());
        Assert.NotEqual(0UL, permissions & DiscordPermissions.ManageGuild);
        Assert.Equal(moderator.Id.ToString(), dispatch["member"]!["roles"]![0]!.GetValue<string>());
        Assert.Equal(emulator.User.Id.ToString(), dispatch["member"]!["user"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Callback_NoAuthorizationHeader_IsAcceptedAndRecordsOriginalMessage()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator, authenticated: false);
        var interaction = await emulator.InjectSlashCommandAsync("ask");

        using var response = await http.PostJsonAsync(CallbackPath(interaction), Reply("An answer"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var record = emulator.GetInteraction(interaction.Id);
        Assert.Equal(4, record.CallbackType);
        Assert.Equal("An answer", record.Original!.Content);
        Assert.Equal(20, record.Original.Json["type"]!.GetValue<int>());
    }

    [Fact]
    public async Task Callback_Twice_SecondGets40060()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator, authenticated: false);
        var interaction = await emulator.InjectSlashCommandAsync("ask");

        using var first = await http.PostJsonAsync(CallbackPath(interaction), Reply("one"));
        using var second = await http.PostJsonAsync(CallbackPath(interaction), Reply("two"));

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(40060, (await second.ReadObjectAsync())["code"]!.GetValue<int>());
        Assert.Equal("one", emulator.GetInteraction(interaction.Id).Original!.Content);
    }

    [Fact]
    public async Task Callback_AfterDeadline_Gets10062()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions { TimeProvider = time });
        using var http = EmulatorHttp.Client(emulator, authenticated: false);
        var interaction = await emulator.InjectSlashCommandAsync("ask");

        time.Advance(TimeSpan.FromSeconds(3.5));
        using var response = await http.PostJsonAsync(CallbackPath(interaction), Reply("too late"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.ReadObjectAsync();
        Assert.Equal(10062, body["code"]!.GetValue<int>());
        Assert.Equal("Unknown interaction", body["message"]!.GetValue<string>());
        Assert.Null(emulator.GetInteraction(interaction.Id).CallbackType);
    }

    [Fact]
    public async Task Callback_WrongToken_Gets10062()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator, authenticated: false);
        var interaction = await emulator.InjectSlashCommandAsync("ask");

        using var response = await http.PostJsonAsync($"interactions/{interaction.Id}/not-the-token/callback", Reply("x"));

        Assert.Equal(10062, (await response.ReadObjectAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Defer_ThenEditOriginal_ThenFollowUp_AreRecordedInOrder()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator, authenticated: false);
        var interaction = await emulator.InjectSlashCommandAsync("ask");
        var webhook = $"webhooks/{emulator.ApplicationId}/{interaction.Token}";

        using var defer = await http.PostJsonAsync(CallbackPath(interaction), new JsonObject { ["type"] = 5, ["data"] = new JsonObject { ["flags"] = 64 } });
        var edited = await (await http.PatchAsync(webhook + "/messages/@original", System.Net.Http.Json.JsonContent.Create(new JsonObject { ["content"] = "the answer" }))).ReadObjectAsync();
        var followUp = await (await http.PostJsonAsync(webhook, new JsonObject { ["content"] = "a source", ["flags"] = 64 })).ReadObjectAsync();
        var original = await (await http.GetAsync(webhook + "/messages/@original")).ReadObjectAsync();

        Assert.Equal(HttpStatusCode.NoContent, defer.StatusCode);
        Assert.Equal("the answer", edited["content"]!.GetValue<string>());
        Assert.Equal("the answer", original["content"]!.GetValue<string>());
        var record = emulator.GetInteraction(interaction.Id);
        Assert.Equal(5, record.CallbackType);
        Assert.True(record.Original!.IsEphemeral);
        Assert.Single(record.OriginalEdits);
        Assert.Equal("a source", Assert.Single(record.FollowUps).Content);
        Assert.Equal(followUp["id"]!.GetValue<string>(), record.FollowUps[0].Id.ToString());
    }

    [Fact]
    public async Task FollowUp_AfterTokenLifetime_Gets401With50027()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions { TimeProvider = time });
        using var http = EmulatorHttp.Client(emulator, authenticated: false);
        var interaction = await emulator.InjectSlashCommandAsync("ask");
        await http.PostJsonAsync(CallbackPath(interaction), Reply("now"));

        time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        using var response = await http.PostJsonAsync($"webhooks/{emulator.ApplicationId}/{interaction.Token}", new JsonObject { ["content"] = "later" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(50027, (await response.ReadObjectAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Autocomplete_MoreThan25Choices_Gets50035_ButTwoChoicesAreRecorded()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator, authenticated: false);
        var tooMany = await emulator.InjectAutocompleteAsync("ask", [InteractionOption.String("topic", "ele", focused: true)]);
        var fine = await emulator.InjectAutocompleteAsync("ask", [InteractionOption.String("topic", "ele", focused: true)]);
        JsonObject Choices(int count) => new()
        {
            ["type"] = 8,
            ["data"] = new JsonObject { ["choices"] = new JsonArray(Enumerable.Range(0, count).Select(i => (JsonNode?)new JsonObject { ["name"] = $"election {i}", ["value"] = $"e{i}" }).ToArray()) },
        };

        using var rejected = await http.PostJsonAsync(CallbackPath(tooMany), Choices(26));
        using var accepted = await http.PostJsonAsync(CallbackPath(fine), Choices(2));

        Assert.Equal(50035, (await rejected.ReadObjectAsync())["code"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        Assert.Equal(2, emulator.GetInteraction(fine.Id).CallbackData!["choices"]!.AsArray().Count);
    }

    [Fact]
    public async Task Autocomplete_AnsweredWithMessage_Gets50035()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator, authenticated: false);
        var interaction = await emulator.InjectAutocompleteAsync("ask", [InteractionOption.String("topic", "x", focused: true)]);

        using var response = await http.PostJsonAsync(CallbackPath(interaction), Reply("not allowed"));

        Assert.Equal(50035, (await response.ReadObjectAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task ComponentClick_UpdateMessage_EditsTheMessageTheButtonIsOn()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var bot = EmulatorHttp.Client(emulator);
        var button = new JsonObject { ["type"] = 2, ["style"] = 1, ["label"] = "More", ["custom_id"] = "more:1" };
        var posted = await (await bot.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", new JsonObject
        {
            ["content"] = "page 1",
            ["components"] = new JsonArray(new JsonObject { ["type"] = 1, ["components"] = new JsonArray(button) }),
        })).ReadObjectAsync();
        var messageId = ulong.Parse(posted["id"]!.GetValue<string>());

        var click = await emulator.InjectComponentInteractionAsync(messageId, "more:1");
        using var response = await bot.PostJsonAsync(CallbackPath(click), new JsonObject { ["type"] = 7, ["data"] = new JsonObject { ["content"] = "page 2" } });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("more:1", click.Payload["data"]!["custom_id"]!.GetValue<string>());
        Assert.Equal(posted["id"]!.GetValue<string>(), click.Payload["message"]!["id"]!.GetValue<string>());
        Assert.Equal("page 2", emulator.GetMessage(messageId)!.Content);
    }

    [Fact]
    public async Task MessageCommand_CarriesTargetMessageInResolved()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        var target = await emulator.InjectMessageAsync("Is this true?");

        var interaction = await emulator.InjectMessageCommandAsync("Check facts", target.Id);

        Assert.Equal(3, interaction.Payload["data"]!["type"]!.GetValue<int>());
        Assert.Equal(target.Id.ToString(), interaction.Payload["data"]!["target_id"]!.GetValue<string>());
        Assert.Equal("Is this true?", interaction.Payload["data"]!["resolved"]!["messages"]![target.Id.ToString()]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Callback_WithResponseTrue_Returns200WithCallbackObjectAndMessage()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator, authenticated: false);
        var interaction = await emulator.InjectSlashCommandAsync("ask");

        using var response = await http.PostJsonAsync(CallbackPath(interaction) + "?with_response=true", Reply("hello"));
        var body = await response.ReadObjectAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(interaction.Id.ToString(), body["interaction"]!["id"]!.GetValue<string>());
        Assert.Equal("hello", body["resource"]!["message"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task WaitForInteractionResponse_CompletesWhenBotAnswers()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator, authenticated: false);
        var interaction = await emulator.InjectSlashCommandAsync("ask");

        var waiting = emulator.WaitForInteractionResponseAsync(interaction.Id, TimeSpan.FromSeconds(5));
        await http.PostJsonAsync(CallbackPath(interaction), Reply("done"));
        var record = await waiting;

        Assert.Equal("done", record.Original!.Content);
    }

    [Fact]
    public async Task InjectSlashCommand_InDirectMessage_HasUserInsteadOfMemberAndNoGuild()
    {
        await using var emulator = await DiscordEmulator.StartAsync();

        var interaction = await emulator.InjectSlashCommandAsync("ask", invoker: new InteractionInvoker { InDirectMessage = true });

        Assert.Equal(emulator.User.Id.ToString(), interaction.Payload["user"]!["id"]!.GetValue<string>());
        Assert.Null(interaction.Payload["member"]);
        Assert.Null(interaction.Payload["guild_id"]);
        Assert.Equal(1, interaction.Payload["context"]!.GetValue<int>());
        Assert.Equal(1, interaction.Payload["channel"]!["type"]!.GetValue<int>());
        Assert.DoesNotContain(interaction.Token, interaction.ToString(), StringComparison.Ordinal);
    }
}
