using System.Net;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests;

/// <summary>
/// Drives identify, resume, REST success and failure paths with every log level captured, then searches the
/// log text (messages, structured values and exceptions) for the bot token and the interaction token.
/// </summary>
public sealed class SecretLoggingTests
{
    [Fact]
    public async Task Gateway_IdentifyResumeAndFatalClose_NeverLogTheToken()
    {
        var harness = GatewayHarness.Start();
        var (connection, identify) = await harness.ConnectAndIdentifyAsync();
        connection.ServerSends(GatewayFrames.InteractionCreate(2, 300000000000000002, Some.InteractionToken));
        await harness.Handler.NextAsync<Models.DiscordInteraction>();
        connection.ServerSends(GatewayFrames.Reconnect());
        var next = await harness.Transports.NextConnectionAsync();
        next.ServerSends(GatewayFrames.Hello());
        var resume = await next.NextSentAsync(GatewayOpcode.Resume);
        next.ServerCloses(4004);
        await Assert.ThrowsAsync<DiscordFatalException>(() => harness.Run.WaitAsync(TimeSpan.FromSeconds(10)));
        await harness.DisposeAsync();

        // The token really went over the wire, so its absence from the logs means something.
        Assert.Contains(Some.Token, identify.Json, StringComparison.Ordinal);
        Assert.Contains(Some.Token, resume.Json, StringComparison.Ordinal);
        Assert.Contains(harness.Logs.Lines, l => l.Contains("[5010]", StringComparison.Ordinal) && l.Contains("[redacted]", StringComparison.Ordinal));
        AssertNoSecrets(harness.Logs);
    }

    [Fact]
    public async Task Rest_InteractionCallsAndErrors_NeverLogTokensInUrlsOrMessages()
    {
        var time = new ObservedTimeProvider();
        var logs = new CapturingLoggerProvider();
        var http = new FakeHttpMessageHandler(time);
        var rest = Some.RestClient(http, time, logs);
        var interaction = Some.Interaction();
        http.Enqueue(FakeHttpMessageHandler.NoContent());
        http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.NotFound, """{"message":"Unknown interaction","code":10062}"""));
        http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.Unauthorized, """{"message":"Invalid Webhook Token","code":50027}"""));
        http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"rate limited","retry_after":0.5,"global":false}"""));
        http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.OK, """{"id":"1","channel_id":"1","author":{"id":"2","username":"b"},"type":0}"""));
        http.Enqueue(FakeHttpMessageHandler.Json(HttpStatusCode.Unauthorized, """{"message":"401: Unauthorized","code":0}"""));

        await rest.RespondToInteractionAsync(interaction, InteractionResponse.Defer(), CancellationToken.None);
        var unknown = await Assert.ThrowsAsync<DiscordApiException>(() => rest.RespondToInteractionAsync(interaction, InteractionResponse.Defer(), CancellationToken.None));
        var expired = await Assert.ThrowsAsync<DiscordApiException>(() => rest.EditOriginalResponseAsync(interaction, MessagePayload.Text("late"), CancellationToken.None));
        var followup = rest.CreateFollowupMessageAsync(interaction, MessagePayload.Text("more"), CancellationToken.None);
        await time.WaitForTimerInAsync(TimeSpan.FromSeconds(0.5));
        time.Advance(TimeSpan.FromSeconds(0.5));
        await followup.WaitAsync(TimeSpan.FromSeconds(10));
        var rejected = await Assert.ThrowsAsync<DiscordApiException>(() => rest.GetCurrentUserAsync(CancellationToken.None));

        Assert.Contains(http.Requests, r => r.Uri.ToString().Contains(Some.InteractionToken, StringComparison.Ordinal));
        Assert.Contains("[token]", unknown.Message, StringComparison.Ordinal);
        foreach (var error in new[] { unknown, expired, rejected })
        {
            Assert.DoesNotContain(Some.InteractionToken, error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(Some.Token, error.ToString(), StringComparison.Ordinal);
        }

        Assert.Contains(logs.Lines, l => l.Contains("[6004]", StringComparison.Ordinal));
        AssertNoSecrets(logs);
    }

    private static void AssertNoSecrets(CapturingLoggerProvider logs)
    {
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(Some.Token, logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(Some.InteractionToken, logs.AllText, StringComparison.Ordinal);
        // Also no fragment long enough to be useful (the HMAC part of the bot token).
        Assert.DoesNotContain(Some.Token.Split('.')[2], logs.AllText, StringComparison.Ordinal);
    }
}
