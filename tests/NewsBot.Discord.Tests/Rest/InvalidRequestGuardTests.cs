using System.Net;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Rest;

/// <summary>
/// Discord bans an IP that sends 10,000 invalid requests (401, 403, most 429s) in 10 minutes. A bot posting into a
/// channel it may not write in collects 403s one question at a time: the client warns, then stops sending before the ban.
/// </summary>
public sealed class InvalidRequestGuardTests : IDisposable
{
    private const string Forbidden = """{"message":"Missing Permissions","code":50013}""";
    private readonly ObservedTimeProvider _time = new();
    private readonly FakeHttpMessageHandler _http;
    private readonly CapturingLoggerProvider _logs = new();
    private readonly DiscordRestClient _rest;

    public InvalidRequestGuardTests()
    {
        _http = new FakeHttpMessageHandler(_time) { Default = _ => FakeHttpMessageHandler.Json(HttpStatusCode.Forbidden, Forbidden) };
        _rest = Some.RestClient(_http, _time, _logs);
    }

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task Send_ManyForbiddenReplies_WarnsOnceNamingTheFix()
    {
        await SendRefusedAsync(InvalidRequestGuard.WarnAt + 10);

        var warning = Assert.Single(_logs.Lines, line => line.Contains("[6009]", StringComparison.Ordinal));
        Assert.Contains("Check the bot's permissions", warning, StringComparison.Ordinal);
        Assert.Contains("10,000", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_RefusalsReachThePauseLimit_StopsSendingUntilTheyAgeOut()
    {
        await SendRefusedAsync(InvalidRequestGuard.PauseAt);
        var sent = _http.Requests.Count;

        var refused = await Assert.ThrowsAsync<DiscordApiException>(() => _rest.CreateMessageAsync(1, MessagePayload.Text("hi"), CancellationToken.None));

        Assert.Equal(sent, _http.Requests.Count);
        Assert.Contains("bans the IP at 10,000", refused.Message, StringComparison.Ordinal);

        _time.Advance(InvalidRequestGuard.Window);
        _http.Default = _ => FakeHttpMessageHandler.Json(HttpStatusCode.OK, """{"id":"9","channel_id":"1","author":{"id":"2","username":"newsbot"},"content":"hi","type":0}""");
        await _rest.CreateMessageAsync(1, MessagePayload.Text("hi"), CancellationToken.None);
        Assert.Equal(sent + 1, _http.Requests.Count);
    }

    [Fact]
    public async Task Send_RefusalsSpreadOverMoreThanTenMinutes_NeverPause()
    {
        // 9,000 refusals in all, never 5,000 within ten minutes.
        for (var batch = 0; batch < 3; batch++)
        {
            await SendRefusedAsync(3_000);
            _time.Advance(InvalidRequestGuard.Window);
        }

        Assert.Equal(9_000, _http.Requests.Count);
    }

    [Theory]
    [InlineData(401, null, true)]
    [InlineData(403, null, true)]
    [InlineData(429, "user", true)]
    [InlineData(429, "global", true)]
    [InlineData(429, "shared", false)]
    [InlineData(404, null, false)]
    [InlineData(400, null, false)]
    public void IsInvalid_CountsWhatDiscordCounts(int status, string? scope, bool counted) =>
        Assert.Equal(counted, InvalidRequestGuard.IsInvalid(status, scope));

    private async Task SendRefusedAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            // 20 ms apart: within the bot-wide 50 requests a second, so only the guard can hold a request back.
            _time.Advance(TimeSpan.FromMilliseconds(20));
            var exception = await Assert.ThrowsAsync<DiscordApiException>(() => _rest.CreateMessageAsync(1, MessagePayload.Text("hi"), CancellationToken.None));
            Assert.Equal(HttpStatusCode.Forbidden, exception.StatusCode);
        }
    }
}
