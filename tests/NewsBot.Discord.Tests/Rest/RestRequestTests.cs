using System.Net;
using System.Text.Json;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Rest;

public sealed class RestRequestTests
{
    private const string MessageJson = """{"id":"100000000000000009","channel_id":"700000000000000001","author":{"id":"900000000000000001","username":"newsbot","bot":true},"content":"hi","type":0}""";
    private readonly ObservedTimeProvider _time = new();
    private readonly FakeHttpMessageHandler _http;

    public RestRequestTests() => _http = new FakeHttpMessageHandler(_time) { Default = _ => FakeHttpMessageHandler.Json(HttpStatusCode.OK, MessageJson) };

    [Fact]
    public async Task CreateMessageAsync_Always_SendsBotAuthorizationUserAgentAndJsonToTheChannelRoute()
    {
        var rest = Some.RestClient(_http, _time);

        var message = await rest.CreateMessageAsync(700000000000000001, MessagePayload.Text("hi"), CancellationToken.None);

        var request = Assert.Single(_http.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://discord.test/api/v10/channels/700000000000000001/messages", request.Uri.ToString());
        Assert.Equal($"Bot {Some.Token}", request.Authorization);
        Assert.Equal("DiscordBot (https://github.com/newsbot, 1.0)", request.UserAgent);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal(100000000000000009UL, message.Id);
    }

    [Fact]
    public async Task CreateMessageAsync_ApiBaseWithoutTrailingSlash_StillKeepsTheVersionPath()
    {
        var rest = Some.RestClient(_http, _time, Some.Options(o => o.ApiBaseUrl = new Uri("https://discord.test/api/v10")));

        await rest.CreateMessageAsync(1, MessagePayload.Text("hi"), CancellationToken.None);

        Assert.Equal("https://discord.test/api/v10/channels/1/messages", Assert.Single(_http.Requests).Uri.ToString());
    }

    [Fact]
    public async Task CreateMessageAsync_Reply_SendsMessageReferenceWithoutPingingTheAuthor()
    {
        var rest = Some.RestClient(_http, _time);

        await rest.CreateMessageAsync(700000000000000001, MessagePayload.Text("answer").AsReplyTo(Some.Message(100000000000000001)), CancellationToken.None);

        using var body = JsonDocument.Parse(Assert.Single(_http.Requests).Body!);
        var reference = body.RootElement.GetProperty("message_reference");
        Assert.Equal("100000000000000001", reference.GetProperty("message_id").GetString());
        Assert.False(reference.GetProperty("fail_if_not_exists").GetBoolean());
        Assert.False(body.RootElement.GetProperty("allowed_mentions").GetProperty("replied_user").GetBoolean());
    }

    [Fact]
    public async Task RespondToInteractionAsync_Message_PostsTypeFourToTheCallbackWithoutBotAuthorization()
    {
        _http.Default = _ => FakeHttpMessageHandler.NoContent();
        var rest = Some.RestClient(_http, _time);

        await rest.RespondToInteractionAsync(Some.Interaction(), InteractionResponse.Message(MessagePayload.Text("hello"), ephemeral: true), CancellationToken.None);

        var request = Assert.Single(_http.Requests);
        Assert.Equal($"interactions/300000000000000001/{Some.InteractionToken}/callback", request.Route);
        Assert.Null(request.Authorization);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal(4, body.RootElement.GetProperty("type").GetInt32());
        Assert.Equal("hello", body.RootElement.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal(64, body.RootElement.GetProperty("data").GetProperty("flags").GetInt32());
    }

    [Theory]
    [InlineData(false, """{"type":5}""")]
    [InlineData(true, """{"type":5,"data":{"flags":64}}""")]
    public async Task RespondToInteractionAsync_Defer_SendsTypeFiveWithOptionalEphemeralFlag(bool ephemeral, string expected)
    {
        _http.Default = _ => FakeHttpMessageHandler.NoContent();
        var rest = Some.RestClient(_http, _time);

        await rest.RespondToInteractionAsync(Some.Interaction(), InteractionResponse.Defer(ephemeral), CancellationToken.None);

        Assert.Equal(expected, Assert.Single(_http.Requests).Body);
    }

    [Fact]
    public async Task RespondToInteractionAsync_DeferUpdateAndUpdate_SendTypesSixAndSeven()
    {
        _http.Default = _ => FakeHttpMessageHandler.NoContent();
        var rest = Some.RestClient(_http, _time);

        await rest.RespondToInteractionAsync(Some.Interaction(), InteractionResponse.DeferUpdate(), CancellationToken.None);
        await rest.RespondToInteractionAsync(Some.Interaction(), InteractionResponse.UpdateMessage(MessagePayload.Text("updated")), CancellationToken.None);

        Assert.Equal("""{"type":6}""", _http.Requests[0].Body);
        using var update = JsonDocument.Parse(_http.Requests[1].Body!);
        Assert.Equal(7, update.RootElement.GetProperty("type").GetInt32());
        Assert.Equal("updated", update.RootElement.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task RespondToInteractionAsync_Autocomplete_SendsTypeEightWithChoices()
    {
        _http.Default = _ => FakeHttpMessageHandler.NoContent();
        var rest = Some.RestClient(_http, _time);

        await rest.RespondToInteractionAsync(
            Some.Interaction(),
            InteractionResponse.Autocomplete([ApplicationCommandChoice.Of("Elections 2026", "elections-2026"), ApplicationCommandChoice.Of("Top", 1)]),
            CancellationToken.None);

        Assert.Equal("""{"type":8,"data":{"choices":[{"name":"Elections 2026","value":"elections-2026"},{"name":"Top","value":1}]}}""", Assert.Single(_http.Requests).Body);
    }

    [Fact]
    public async Task EditOriginalResponseAsync_AfterDefer_PatchesTheOriginalWebhookMessage()
    {
        var rest = Some.RestClient(_http, _time);

        await rest.EditOriginalResponseAsync(Some.Interaction(), MessagePayload.Text("done"), CancellationToken.None);
        await rest.DeleteOriginalResponseAsync(Some.Interaction(), CancellationToken.None);

        Assert.Equal(HttpMethod.Patch, _http.Requests[0].Method);
        Assert.Equal($"webhooks/{GatewayFrames.ApplicationId}/{Some.InteractionToken}/messages/@original", _http.Requests[0].Route);
        Assert.Equal(HttpMethod.Delete, _http.Requests[1].Method);
        Assert.Equal(_http.Requests[0].Route, _http.Requests[1].Route);
    }

    [Fact]
    public async Task CreateFollowupMessageAsync_Ephemeral_PostsToTheWebhookWithFlag64()
    {
        var rest = Some.RestClient(_http, _time);

        await rest.CreateFollowupMessageAsync(Some.Interaction(), MessagePayload.Text("more") with { Flags = MessageFlags.Ephemeral }, CancellationToken.None);

        var request = Assert.Single(_http.Requests);
        Assert.Equal($"webhooks/{GatewayFrames.ApplicationId}/{Some.InteractionToken}?wait=true", request.Route);
        Assert.Contains("\"flags\":64", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherCalls_UseTheirDocumentedRoutes()
    {
        var rest = Some.RestClient(_http, _time);
        _http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.OK, """{"id":"900000000000000002","name":"NewsBot","flags":0}"""));
        _http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.OK, """{"id":"900000000000000001","username":"newsbot","bot":true}"""));
        _http.Enqueue(FakeHttpMessageHandler.NoContent());
        _http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.OK, """{"id":"710000000000000001","type":1}"""));
        _http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.OK, """{"url":"wss://gateway.discord.gg","shards":2,"session_start_limit":{"total":1000,"remaining":999,"reset_after":14400000,"max_concurrency":1}}"""));

        var application = await rest.GetCurrentApplicationAsync(CancellationToken.None);
        var user = await rest.GetCurrentUserAsync(CancellationToken.None);
        await rest.TriggerTypingAsync(700000000000000001, CancellationToken.None);
        var dm = await rest.CreateDmChannelAsync(600000000000000001, CancellationToken.None);
        var gateway = await rest.GetGatewayBotAsync(CancellationToken.None);
        await rest.EditMessageAsync(700000000000000001, 100000000000000009, MessagePayload.Text("edited"), CancellationToken.None);

        Assert.Equal(
            ["GET applications/@me", "GET users/@me", "POST channels/700000000000000001/typing", "POST users/@me/channels", "GET gateway/bot", "PATCH channels/700000000000000001/messages/100000000000000009"],
            _http.Requests.Select(r => $"{r.Method} {r.Route}"));
        Assert.Equal("""{"recipient_id":"600000000000000001"}""", _http.Requests[3].Body);
        Assert.Equal(900000000000000002UL, application.Id);
        Assert.True(user.Bot);
        Assert.Equal(1, dm.Type);
        Assert.Equal(2, gateway.Shards);
        Assert.Equal(999, gateway.SessionStartLimit.Remaining);
    }
}
