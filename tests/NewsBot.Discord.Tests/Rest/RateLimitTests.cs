using System.Net;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Rest;

public sealed class RateLimitTests
{
    private const string MessageJson = """{"id":"100000000000000009","channel_id":"1","author":{"id":"2","username":"newsbot"},"content":"hi","type":0}""";
    private readonly ObservedTimeProvider _time = new();
    private readonly FakeHttpMessageHandler _http;
    private readonly DiscordRestClient _rest;

    public RateLimitTests()
    {
        _http = new FakeHttpMessageHandler(_time) { Default = _ => FakeHttpMessageHandler.Json(HttpStatusCode.OK, MessageJson) };
        _rest = Some.RestClient(_http, _time);
    }

    [Fact]
    public async Task Send_429WithRetryAfter_WaitsTheBodysFloatSecondsAndRetriesOnce()
    {
        // Header Retry-After is rounded up to 2; the body's 1.5 is exact and wins.
        _http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.TooManyRequests,
            """{"message":"You are being rate limited.","retry_after":1.5,"global":false}""",
            ("Retry-After", "2"), ("X-RateLimit-Scope", "user"), ("X-RateLimit-Bucket", "abc"),
            ("X-RateLimit-Limit", "5"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "1.5")));
        var start = _time.GetUtcNow();

        var sending = _rest.CreateMessageAsync(1, MessagePayload.Text("hi"), CancellationToken.None);
        await _time.WaitForTimerAsync(start + TimeSpan.FromSeconds(1.5));
        Assert.Single(_http.Requests);
        _time.Advance(TimeSpan.FromSeconds(1.5));
        await sending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, _http.Requests.Count);
        Assert.Equal(start + TimeSpan.FromSeconds(1.5), _http.Requests[1].At);
    }

    [Fact]
    public async Task Send_429WhileAnotherRequestWaits_NeitherGoesOutBeforeRetryAfter()
    {
        _http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":1.0,"global":false}"""));
        var start = _time.GetUtcNow();

        var first = _rest.CreateMessageAsync(1, MessagePayload.Text("a"), CancellationToken.None);
        var second = _rest.CreateMessageAsync(1, MessagePayload.Text("b"), CancellationToken.None);
        await _time.WaitForTimerAsync(start + TimeSpan.FromSeconds(1));
        Assert.Single(_http.Requests);
        _time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10));

        // One 429, then each message once: no storm.
        Assert.Equal(3, _http.Requests.Count);
        Assert.All(_http.Requests.Skip(1), r => Assert.Equal(start + TimeSpan.FromSeconds(1), r.At));
    }

    [Fact]
    public async Task Send_429WithoutBody_FallsBackToTheRetryAfterHeader()
    {
        _http.Enqueue(_ => new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { { "Retry-After", "3" } } });
        var start = _time.GetUtcNow();

        var sending = _rest.CreateMessageAsync(1, MessagePayload.Text("hi"), CancellationToken.None);
        await _time.WaitForTimerAsync(start + TimeSpan.FromSeconds(3));
        _time.Advance(TimeSpan.FromSeconds(3));
        await sending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, _http.Requests.Count);
    }

    [Fact]
    public async Task Send_Global429_HoldsOtherRoutesButNotInteractionCallbacks()
    {
        _http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.TooManyRequests,
            """{"message":"You are being rate limited.","retry_after":2.0,"global":true}""",
            ("Retry-After", "2"), ("X-RateLimit-Global", "true"), ("X-RateLimit-Scope", "global")));
        var start = _time.GetUtcNow();

        var first = _rest.CreateMessageAsync(1, MessagePayload.Text("hi"), CancellationToken.None);
        await _time.WaitForTimerAsync(start + TimeSpan.FromSeconds(2));
        var otherChannel = _rest.CreateMessageAsync(2, MessagePayload.Text("hi"), CancellationToken.None);
        await _time.WaitForTimerAsync(start + TimeSpan.FromSeconds(2));
        _http.Enqueue(FakeHttpMessageHandler.NoContent());
        // Interaction callbacks are exempt from the global limit: they go out at once.
        await _rest.RespondToInteractionAsync(Some.Interaction(), InteractionResponse.Defer(), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, _http.Requests.Count);
        Assert.Equal(start, _http.Requests[1].At);

        _time.Advance(TimeSpan.FromSeconds(2));
        await Task.WhenAll(first, otherChannel).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(4, _http.Requests.Count);
        Assert.All(_http.Requests.Skip(2), r => Assert.Equal(start + TimeSpan.FromSeconds(2), r.At));
    }

    [Fact]
    public async Task Send_BucketExhausted_WaitsForResetOnlyForTheSameMajorParameter()
    {
        _http.Default = _ => FakeHttpMessageHandler.Json(HttpStatusCode.OK, MessageJson,
            ("X-RateLimit-Bucket", "msgbucket"), ("X-RateLimit-Limit", "1"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "4.25"));
        var start = _time.GetUtcNow();
        await _rest.CreateMessageAsync(1, MessagePayload.Text("a"), CancellationToken.None);

        // Another channel has its own bucket state: no wait.
        await _rest.CreateMessageAsync(2, MessagePayload.Text("b"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        var sameChannel = _rest.CreateMessageAsync(1, MessagePayload.Text("c"), CancellationToken.None);
        await _time.WaitForTimerAsync(start + TimeSpan.FromSeconds(4.25));
        Assert.Equal(2, _http.Requests.Count);
        _time.Advance(TimeSpan.FromSeconds(4.25));
        await sameChannel.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([start, start, start + TimeSpan.FromSeconds(4.25)], _http.Requests.Select(r => r.At));
        Assert.Equal(["channels/1/messages", "channels/2/messages", "channels/1/messages"], _http.Requests.Select(r => r.Route));
    }

    [Fact]
    public async Task Send_UnknownBucket_KeepsOneRequestInFlight()
    {
        var firstResponse = new TaskCompletionSource<HttpResponseMessage>();
        var handler = new GatedHandler(firstResponse.Task);
        var rest = new DiscordRestClient(new HttpClient(handler), Microsoft.Extensions.Options.Options.Create(Some.Options()), _time, new FixedRandom(0.5),
            new Microsoft.Extensions.Logging.Abstractions.NullLogger<DiscordRestClient>());

        var first = rest.CreateMessageAsync(1, MessagePayload.Text("a"), CancellationToken.None);
        var second = rest.CreateMessageAsync(1, MessagePayload.Text("b"), CancellationToken.None);
        await Eventually.HoldsAsync(() => handler.Started == 1);
        await Task.Delay(50);
        Assert.Equal(1, handler.Started);

        firstResponse.SetResult(FakeHttpMessageHandler.Json(HttpStatusCode.OK, MessageJson,
            ("X-RateLimit-Bucket", "msgbucket"), ("X-RateLimit-Limit", "5"), ("X-RateLimit-Remaining", "4"), ("X-RateLimit-Reset-After", "5")));
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, handler.Started);
    }

    [Fact]
    public async Task Send_ServerErrors_RetriesTwiceWithBackoffThenSurfacesTheError()
    {
        _http.Default = _ => FakeHttpMessageHandler.Json(HttpStatusCode.BadGateway, "<html>bad gateway</html>");
        var start = _time.GetUtcNow();

        var sending = _rest.CreateMessageAsync(1, MessagePayload.Text("hi"), CancellationToken.None);
        // Jitter 0.5: 0.75 s, then 1.5 s.
        await _time.WaitForTimerAsync(start + TimeSpan.FromSeconds(0.75));
        _time.Advance(TimeSpan.FromSeconds(0.75));
        await _time.WaitForTimerAsync(start + TimeSpan.FromSeconds(2.25));
        _time.Advance(TimeSpan.FromSeconds(1.5));
        var error = await Assert.ThrowsAsync<DiscordApiException>(() => sending.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal(3, _http.Requests.Count);
    }

    [Fact]
    public async Task Send_ServerErrorThenSuccess_Succeeds()
    {
        _http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.InternalServerError, """{"message":"500: Internal Server Error","code":0}"""));
        var start = _time.GetUtcNow();

        var sending = _rest.CreateMessageAsync(1, MessagePayload.Text("hi"), CancellationToken.None);
        await _time.WaitForTimerAsync(start + TimeSpan.FromSeconds(0.75));
        _time.Advance(TimeSpan.FromSeconds(0.75));
        var message = await sending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(100000000000000009UL, message.Id);
        Assert.Equal(2, _http.Requests.Count);
        // The retry is the same request: same nonce, enforced, so Discord cannot post the message twice.
        using var first = System.Text.Json.JsonDocument.Parse(_http.Requests[0].Body!);
        Assert.True(first.RootElement.GetProperty("enforce_nonce").GetBoolean());
        Assert.False(string.IsNullOrEmpty(first.RootElement.GetProperty("nonce").GetString()));
        Assert.Equal(_http.Requests[0].Body, _http.Requests[1].Body);
    }

    [Fact]
    public async Task Send_HttpClientTimeout_IsRetriedLikeANetworkFailure()
    {
        _http.Enqueue(_ => throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout"));
        _http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.OK, """{"id":"900000000000000001","username":"newsbot","bot":true}"""));
        var start = _time.GetUtcNow();

        var sending = _rest.GetCurrentUserAsync(CancellationToken.None);
        await _time.WaitForTimerAsync(start + TimeSpan.FromSeconds(0.75));
        _time.Advance(TimeSpan.FromSeconds(0.75));
        var user = await sending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("newsbot", user.Username);
        Assert.Equal(2, _http.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, 10062, "Unknown interaction")]
    [InlineData(HttpStatusCode.BadRequest, 40060, "Interaction has already been acknowledged.")]
    public async Task RespondToInteractionAsync_ExpiredOrAlreadyAnswered_IsNotRetriedAndSurfacesTheCode(HttpStatusCode status, int code, string message)
    {
        _http.Enqueue(FakeHttpMessageHandler.Json(status, $$"""{"message":"{{message}}","code":{{code}}}"""));

        var error = await Assert.ThrowsAsync<DiscordApiException>(
            () => _rest.RespondToInteractionAsync(Some.Interaction(), InteractionResponse.Defer(), CancellationToken.None));

        Assert.Single(_http.Requests);
        Assert.Equal(code, error.Code);
        Assert.Equal(code == 10062, error.IsUnknownInteraction);
        Assert.Equal(code == 40060, error.IsAlreadyAcknowledged);
    }

    [Fact]
    public async Task Send_Unauthorized_StopsUsingTheTokenForLaterRequests()
    {
        _http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.Unauthorized, """{"message":"401: Unauthorized","code":0}"""));

        var first = await Assert.ThrowsAsync<DiscordApiException>(() => _rest.CreateMessageAsync(1, MessagePayload.Text("hi"), CancellationToken.None));
        var second = await Assert.ThrowsAsync<DiscordApiException>(() => _rest.GetCurrentUserAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Single(_http.Requests);
    }

    [Fact]
    public async Task Send_InvalidFormBody_SummarizesTheErrorTree()
    {
        _http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.BadRequest, """
            {"code":50035,"message":"Invalid Form Body","errors":{"content":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 2000 or fewer in length."}]},
             "embeds":{"0":{"title":{"_errors":[{"code":"BASE_TYPE_REQUIRED","message":"This field is required"}]}}}}}
            """));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => _rest.CreateMessageAsync(1, MessagePayload.Text("hi"), CancellationToken.None));

        Assert.Equal(50035, error.Code);
        Assert.Equal("Invalid Form Body", error.DiscordMessage);
        Assert.Contains("content: BASE_TYPE_MAX_LENGTH (Must be 2000 or fewer in length.)", error.ErrorSummary, StringComparison.Ordinal);
        Assert.Contains("embeds[0].title: BASE_TYPE_REQUIRED", error.ErrorSummary, StringComparison.Ordinal);
        Assert.Contains("POST channels/1/messages", error.Message, StringComparison.Ordinal);
        Assert.Single(_http.Requests);
    }

    [Fact]
    public async Task Send_ErrorTreeWithUnexpectedEntryShapes_StillThrowsTheApiError()
    {
        _http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.BadRequest, """
            {"code":50035,"message":"Invalid Form Body","errors":{"content":{"_errors":[{"code":50035,"message":"Too long"},"plain text"]}}}
            """));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => _rest.CreateMessageAsync(1, MessagePayload.Text("hi"), CancellationToken.None));

        Assert.Equal(50035, error.Code);
        Assert.Contains("content: 50035 (Too long)", error.ErrorSummary, StringComparison.Ordinal);
        Assert.Contains("content:  (plain text)", error.ErrorSummary, StringComparison.Ordinal);
    }

    /// <summary>Holds the first request open until the test releases it.</summary>
    private sealed class GatedHandler(Task<HttpResponseMessage> firstResponse) : HttpMessageHandler
    {
        private int _started;

        public int Started => _started;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _started) == 1
                ? firstResponse
                : Task.FromResult(FakeHttpMessageHandler.Json(HttpStatusCode.OK, MessageJson));
    }
}
