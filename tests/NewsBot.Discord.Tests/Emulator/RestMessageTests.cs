using System.Net;
using System.Text.Json.Nodes;
using NewsBot.Discord.Emulator;

namespace NewsBot.Discord.Tests.Emulator;

public sealed class RestMessageTests
{
    [Fact]
    public async Task CreateMessage_WithoutAuthorization_Returns401WithDiscordBody()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator, authenticated: false);

        using var response = await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", new JsonObject { ["content"] = "hi" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.ReadObjectAsync();
        Assert.Equal("401: Unauthorized", body["message"]!.GetValue<string>());
        Assert.Equal(0, body["code"]!.GetValue<int>());
        Assert.Empty(emulator.GetMessages(emulator.Channel.Id));
    }

    [Fact]
    public async Task GetGatewayBot_WrongToken_Returns401()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator, authenticated: false);
        http.DefaultRequestHeaders.Authorization = new("Bot", emulator.BotToken[..^2] + "xx");

        using var response = await http.GetAsync("gateway/bot");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, emulator.InvalidRequestCount);
    }

    [Fact]
    public async Task GetGatewayBot_ValidToken_ReturnsOwnWebSocketUrlShardsAndStartLimit()
    {
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions { RecommendedShards = 2 });
        using var http = EmulatorHttp.Client(emulator);

        var body = await (await http.GetAsync("gateway/bot")).ReadObjectAsync();

        Assert.Equal(emulator.GatewayUrl.ToString(), body["url"]!.GetValue<string>());
        Assert.StartsWith("ws://127.0.0.1:", body["url"]!.GetValue<string>());
        Assert.Equal(2, body["shards"]!.GetValue<int>());
        Assert.Equal(1000, body["session_start_limit"]!["total"]!.GetValue<int>());
        Assert.Equal(1, body["session_start_limit"]!["max_concurrency"]!.GetValue<int>());
    }

    [Fact]
    public async Task CreateMessage_ContentOver2000CodePoints_Returns50035WithNestedErrors()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);

        using var response = await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", new JsonObject { ["content"] = new string('a', 2001) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadObjectAsync();
        Assert.Equal(50035, body["code"]!.GetValue<int>());
        Assert.Equal("Invalid Form Body", body["message"]!.GetValue<string>());
        Assert.Equal("BASE_TYPE_MAX_LENGTH", body["errors"]!["content"]!["_errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateMessage_2000AstralCodePoints_IsAcceptedBecauseLimitCountsCodePoints()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);
        var text = string.Concat(Enumerable.Repeat("😀", 2000)); // 4000 UTF-16 units.

        using var response = await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", new JsonObject { ["content"] = text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task CreateMessage_NoContentEmbedsOrComponents_Returns50006()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);

        using var response = await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", new JsonObject { ["content"] = "", ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadObjectAsync();
        Assert.Equal(50006, body["code"]!.GetValue<int>());
        Assert.Equal("Cannot send an empty message", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateMessage_EmbedFieldTooLong_ReportsErrorAtFieldPath()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);
        var embed = new JsonObject { ["title"] = "t", ["fields"] = new JsonArray(new JsonObject { ["name"] = "n", ["value"] = new string('v', 1025) }) };

        var body = await (await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", new JsonObject { ["embeds"] = new JsonArray(embed) })).ReadObjectAsync();

        Assert.Equal(50035, body["code"]!.GetValue<int>());
        Assert.NotNull(body["errors"]!["embeds"]!["0"]!["fields"]!["0"]!["value"]!["_errors"]);
    }

    [Fact]
    public async Task CreateMessage_UnknownChannel_Returns10003()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);

        using var response = await http.PostJsonAsync("channels/1234567890123456789/messages", new JsonObject { ["content"] = "hi" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(10003, (await response.ReadObjectAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task CreateMessage_ReplyToUnknownMessage_Returns50035OnMessageReference()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);
        var body = new JsonObject { ["content"] = "reply", ["message_reference"] = new JsonObject { ["message_id"] = "1234567890123456789" } };

        var error = await (await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", body)).ReadObjectAsync();

        Assert.Equal(50035, error["code"]!.GetValue<int>());
        Assert.Equal("REPLIES_UNKNOWN_MESSAGE", error["errors"]!["message_reference"]!["_errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateMessage_ParseEmpty_RecordsAllowedMentionsAndPingsNobody()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);
        var body = new JsonObject { ["content"] = $"@everyone <@{emulator.User.Id}>", ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } };

        using var response = await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = Assert.Single(emulator.GetBotMessages(emulator.Channel.Id));
        Assert.NotNull(message.AllowedMentions);
        Assert.False(message.PingsEveryone);
        Assert.Empty(message.PingedUserIds);
    }

    [Fact]
    public async Task CreateMessage_WithoutAllowedMentions_PingsEveryoneAndTheUser()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);

        await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", new JsonObject { ["content"] = $"@everyone <@{emulator.User.Id}>" });

        var message = Assert.Single(emulator.GetBotMessages(emulator.Channel.Id));
        Assert.Null(message.AllowedMentions);
        Assert.True(message.PingsEveryone);
        Assert.Contains(emulator.User.Id, message.PingedUserIds);
    }

    [Fact]
    public async Task EditAndDeleteMessage_OwnMessage_UpdatesThenReturns204()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);
        var created = await (await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", new JsonObject { ["content"] = "first" })).ReadObjectAsync();
        var id = created["id"]!.GetValue<string>();

        var edited = await (await http.PatchAsync($"channels/{emulator.Channel.Id}/messages/{id}", System.Net.Http.Json.JsonContent.Create(new JsonObject { ["content"] = "second" }))).ReadObjectAsync();
        using var deleted = await http.DeleteAsync($"channels/{emulator.Channel.Id}/messages/{id}");
        using var afterDelete = await http.GetAsync($"channels/{emulator.Channel.Id}/messages/{id}");

        Assert.Equal("second", edited["content"]!.GetValue<string>());
        Assert.NotNull(edited["edited_timestamp"]);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(10008, (await afterDelete.ReadObjectAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task TriggerTyping_KnownChannel_Returns204()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);

        using var response = await http.PostAsync($"channels/{emulator.Channel.Id}/typing", null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Single(emulator.RequestsTo(EmulatorRoutes.TriggerTyping));
    }

    [Fact]
    public async Task OpenDirectMessage_ThenPost_MessageLandsInDmChannel()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);

        var channel = await (await http.PostJsonAsync("users/@me/channels", new JsonObject { ["recipient_id"] = emulator.User.Id.ToString() })).ReadObjectAsync();
        var again = await (await http.PostJsonAsync("users/@me/channels", new JsonObject { ["recipient_id"] = emulator.User.Id.ToString() })).ReadObjectAsync();
        using var sent = await http.PostJsonAsync($"channels/{channel["id"]}/messages", new JsonObject { ["content"] = "hello in DM" });

        Assert.Equal(1, channel["type"]!.GetValue<int>());
        Assert.Equal(channel["id"]!.GetValue<string>(), again["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal("hello in DM", Assert.Single(emulator.GetBotMessages(ulong.Parse(channel["id"]!.GetValue<string>()))).Content);
    }

    [Fact]
    public async Task Requests_AreRecordedWithoutAuthorizationHeader()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);

        await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", new JsonObject { ["content"] = "recorded" });

        var request = Assert.Single(emulator.RequestsTo(EmulatorRoutes.CreateMessage));
        Assert.True(request.HadValidBotToken);
        Assert.False(request.Headers.ContainsKey("Authorization"));
        Assert.Equal("recorded", request.Body!["content"]!.GetValue<string>());
        Assert.Equal(200, request.StatusCode);
        Assert.StartsWith("DiscordBot", request.Headers["User-Agent"]);
    }

    [Fact]
    public async Task UnknownRouteAndWrongMethod_AnswerWithDiscordShaped404And405()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);

        using var unknown = await http.GetAsync("no/such/route");
        using var wrongMethod = await http.PutAsync($"channels/{emulator.Channel.Id}/typing", null);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("404: Not Found", (await unknown.ReadObjectAsync())["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
        Assert.Equal("405: Method Not Allowed", (await wrongMethod.ReadObjectAsync())["message"]!.GetValue<string>());
    }
}
