using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class GatewaySendingTests
{
    [Fact]
    public async Task SendAsync_PayloadOver4096Bytes_IsRejectedBeforeSending()
    {
        var time = new ObservedTimeProvider();
        var transport = new ScriptedGatewayTransport(time, _ => { });
        var sender = new GatewaySender(transport, new GatewaySendLimiter(time), 0, NullLogger.Instance);
        var big = JsonSerializer.SerializeToElement(new string('x', 4100));

        var error = await Assert.ThrowsAsync<DiscordValidationException>(() => sender.SendAsync(new GatewayPayload(3, big), priority: false, CancellationToken.None));

        Assert.Contains("4096", error.Message, StringComparison.Ordinal);
        Assert.Empty(transport.AllSent);
    }

    [Fact]
    public async Task SendAsync_PayloadOfExactly4096Bytes_IsSent()
    {
        var time = new ObservedTimeProvider();
        var transport = new ScriptedGatewayTransport(time, _ => { });
        var sender = new GatewaySender(transport, new GatewaySendLimiter(time), 0, NullLogger.Instance);
        // {"op":3,"d":"xxx…"} has 15 bytes around the string.
        var data = JsonSerializer.SerializeToElement(new string('x', 4096 - 15));

        await sender.SendAsync(new GatewayPayload(3, data), priority: false, CancellationToken.None);

        Assert.Equal(4096, System.Text.Encoding.UTF8.GetByteCount(Assert.Single(transport.AllSent).Json));
    }

    [Fact]
    public void SendLimiter_OrdinaryPayloads_StopShortOfTheLimitLeavingRoomForHeartbeats()
    {
        var time = new ObservedTimeProvider();
        var limiter = new GatewaySendLimiter(time, limit: 115, reservedForPriority: 5);

        var ordinaryAllowed = Enumerable.Range(0, 200).Count(_ => limiter.TryAcquire(priority: false) == TimeSpan.Zero);
        var priorityAllowed = Enumerable.Range(0, 200).Count(_ => limiter.TryAcquire(priority: true) == TimeSpan.Zero);

        Assert.Equal(110, ordinaryAllowed);
        Assert.Equal(5, priorityAllowed);
    }

    [Fact]
    public void SendLimiter_WindowFull_WaitsUntilTheOldestSendLeavesTheMinute()
    {
        var time = new ObservedTimeProvider();
        var limiter = new GatewaySendLimiter(time, limit: 115, reservedForPriority: 5);
        for (var i = 0; i < 115; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(priority: true));
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        var wait = limiter.TryAcquire(priority: true);
        time.Advance(wait);

        // 115 sends took 11.5 s; the first leaves the 60-s window 48.5 s later.
        Assert.Equal(TimeSpan.FromSeconds(48.5), wait);
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(priority: true));
    }

    [Fact]
    public async Task SendLimiter_AcquireAsync_WaitsOnTheInjectedClock()
    {
        var time = new ObservedTimeProvider();
        var limiter = new GatewaySendLimiter(time, limit: 2, reservedForPriority: 0, window: TimeSpan.FromSeconds(60));
        await limiter.AcquireAsync(priority: false, CancellationToken.None);
        await limiter.AcquireAsync(priority: false, CancellationToken.None);

        var third = limiter.AcquireAsync(priority: false, CancellationToken.None);
        await time.WaitForTimerInAsync(TimeSpan.FromSeconds(60));
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(60));

        await third.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void GatewayUrl_Build_AddsVersionAndEncodingToBareAndResumeUrls()
    {
        Assert.Equal("wss://gateway.discord.gg/?v=10&encoding=json", GatewayUrl.Build("wss://gateway.discord.gg").ToString());
        Assert.Equal("wss://gateway-us-east1-b.discord.gg/?v=10&encoding=json", GatewayUrl.Build("wss://gateway-us-east1-b.discord.gg/").ToString());
        Assert.Equal("ws://127.0.0.1:5123/gateway?v=10&encoding=json", GatewayUrl.Build("ws://127.0.0.1:5123/gateway").ToString());
    }

    [Fact]
    public void Redact_IdentifyPayload_ReplacesTheToken()
    {
        var json = $$$"""{"op":2,"d":{"token":"{{{Some.Token}}}","intents":1}}""";

        var redacted = GatewayRedactor.Redact(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.DoesNotContain(Some.Token, redacted, StringComparison.Ordinal);
        Assert.Contains("[redacted]", redacted, StringComparison.Ordinal);
        Assert.Contains("\"intents\":1", redacted, StringComparison.Ordinal);
    }
}
