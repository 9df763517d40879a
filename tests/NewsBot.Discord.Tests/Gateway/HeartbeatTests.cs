using NewsBot.Discord.Gateway;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class HeartbeatTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(45000);

    [Fact]
    public async Task Heartbeat_AfterHello_FirstBeatAfterIntervalTimesJitterThenEveryInterval()
    {
        // Jitter 0.5: first beat at 22.5 s, then every 45 s.
        await using var harness = GatewayHarness.Start(jitter: 0.5);
        var connection = await harness.Transports.NextConnectionAsync();
        var hello = harness.Time.GetUtcNow();
        connection.ServerSends(GatewayFrames.Hello(45000));
        await connection.NextSentAsync(GatewayOpcode.Identify);
        connection.ServerSends(GatewayFrames.Ready(sequence: 5));
        await harness.Handler.NextAsync<Models.DiscordReadyEvent>();

        await harness.Time.WaitForTimerAsync(hello + (Interval / 2));
        harness.Time.AdvanceTo(hello + (Interval / 2) - TimeSpan.FromMilliseconds(1));
        Assert.False(connection.HasUnreadSent);
        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        var first = await connection.NextSentAsync(GatewayOpcode.Heartbeat);
        connection.ServerSends(GatewayFrames.HeartbeatAck());
        // Let the receive loop take the ACK before the next beat is due.
        await Eventually.HoldsAsync(() => harness.Client.Latency is not null);
        await harness.Time.WaitForTimerAsync(hello + (Interval / 2) + Interval);
        harness.Time.Advance(Interval);
        var second = await connection.NextSentAsync(GatewayOpcode.Heartbeat);

        Assert.Equal(hello + TimeSpan.FromMilliseconds(22500), first.At);
        Assert.Equal(hello + TimeSpan.FromMilliseconds(67500), second.At);
        Assert.Equal(5, first.D.GetInt32());
    }

    [Fact]
    public async Task Heartbeat_BeforeAnyDispatch_SendsNullSequence()
    {
        await using var harness = GatewayHarness.Start(jitter: 0.5);
        var connection = await harness.Transports.NextConnectionAsync();
        var hello = harness.Time.GetUtcNow();
        connection.ServerSends(GatewayFrames.Hello(45000));
        await connection.NextSentAsync(GatewayOpcode.Identify);

        await harness.Time.WaitForTimerAsync(hello + (Interval / 2));
        harness.Time.Advance(Interval / 2);
        var beat = await connection.NextSentAsync(GatewayOpcode.Heartbeat);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, beat.D.ValueKind);
    }

    [Fact]
    public async Task Heartbeat_ServerRequestsOne_AnswersAtOnceAndItDoesNotCountForTheZombieCheck()
    {
        await using var harness = GatewayHarness.Start(jitter: 0.5);
        var (connection, _) = await harness.ConnectAndIdentifyAsync(readySequence: 7);
        var now = harness.Time.GetUtcNow();

        connection.ServerSends(GatewayFrames.HeartbeatRequest());
        var answer = await connection.NextSentAsync();

        Assert.Equal(GatewayOpcode.Heartbeat, answer.Op);
        Assert.Equal(now, answer.At);
        Assert.Equal(7, answer.D.GetInt32());

        // The requested beat was never ACKed, yet the scheduled beat still goes out instead of a zombie close.
        await harness.Time.WaitForTimerAsync(now + (Interval / 2));
        harness.Time.Advance(Interval / 2);
        var scheduled = await connection.NextSentAsync(GatewayOpcode.Heartbeat);
        Assert.Equal(now + (Interval / 2), scheduled.At);
        Assert.False(connection.Aborted);
    }

    [Fact]
    public async Task Heartbeat_AckReceived_MeasuresLatency()
    {
        await using var harness = GatewayHarness.Start(jitter: 0.5);
        var (connection, _) = await harness.ConnectAndIdentifyAsync();
        var now = harness.Time.GetUtcNow();

        await harness.Time.WaitForTimerAsync(now + (Interval / 2));
        harness.Time.Advance(Interval / 2);
        await connection.NextSentAsync(GatewayOpcode.Heartbeat);
        harness.Time.Advance(TimeSpan.FromMilliseconds(120));
        connection.ServerSends(GatewayFrames.HeartbeatAck());

        await Eventually.HoldsAsync(() => harness.Client.Latency is not null);
        Assert.Equal(TimeSpan.FromMilliseconds(120), harness.Client.Latency);
        Assert.Equal(TimeSpan.FromMilliseconds(120), Assert.Single(harness.Client.Shards).Latency);
    }

    [Fact]
    public async Task Heartbeat_NotAckedWhenNextIsDue_AbortsWithinTwoIntervalsAndResumes()
    {
        await using var harness = GatewayHarness.Start(jitter: 0.5);
        var (connection, _) = await harness.ConnectAndIdentifyAsync(readySequence: 4);
        var start = harness.Time.GetUtcNow();

        await harness.Time.WaitForTimerAsync(start + (Interval / 2));
        harness.Time.Advance(Interval / 2);
        await connection.NextSentAsync(GatewayOpcode.Heartbeat);
        // No ACK: when the next beat is due the connection is a zombie.
        await harness.Time.WaitForTimerAsync(start + (Interval / 2) + Interval);
        harness.Time.Advance(Interval);
        var resumed = await harness.Transports.NextConnectionAsync();

        Assert.True(connection.Aborted);
        Assert.True(harness.Time.GetUtcNow() - start <= 2 * Interval);
        Assert.Equal(new Uri("wss://resume.example.test/?v=10&encoding=json"), resumed.ConnectedUri);
        resumed.ServerSends(GatewayFrames.Hello());
        var resume = await resumed.NextSentAsync();
        Assert.Equal(GatewayOpcode.Resume, resume.Op);
        Assert.Equal(GatewayFrames.SessionId, resume.D.GetProperty("session_id").GetString());
        Assert.Equal(4, resume.D.GetProperty("seq").GetInt32());
        Assert.Equal(Some.Token, resume.D.GetProperty("token").GetString());
    }

    [Fact]
    public async Task Heartbeat_NewConnection_StartsWithoutTheOldUnackedBeat()
    {
        await using var harness = GatewayHarness.Start(jitter: 0.5);
        var (connection, _) = await harness.ConnectAndIdentifyAsync();
        var start = harness.Time.GetUtcNow();
        await harness.Time.WaitForTimerAsync(start + (Interval / 2));
        harness.Time.Advance(Interval / 2);
        await connection.NextSentAsync(GatewayOpcode.Heartbeat);

        // The un-ACKed beat dies with its connection; the next connection's first beat is not a zombie.
        connection.ServerSends(GatewayFrames.Reconnect());
        var next = await harness.Transports.NextConnectionAsync();
        var hello = harness.Time.GetUtcNow();
        next.ServerSends(GatewayFrames.Hello());
        await next.NextSentAsync(GatewayOpcode.Resume);
        next.ServerSends(GatewayFrames.Resumed(2));
        await harness.Time.WaitForTimerAsync(hello + (Interval / 2));
        harness.Time.Advance(Interval / 2);

        var beat = await next.NextSentAsync(GatewayOpcode.Heartbeat);
        Assert.Equal(hello + (Interval / 2), beat.At);
        Assert.False(next.Aborted);
    }
}
