using NewsBot.Discord.Gateway;
using NewsBot.Discord.Models;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class ReconnectTests
{
    private static readonly Uri ResumeUri = new("wss://resume.example.test/?v=10&encoding=json");
    private static readonly Uri GatewayUri = new("wss://gateway.example.test/?v=10&encoding=json");

    [Fact]
    public async Task Gateway_ReconnectOpcode_ResumesOnResumeUrlWithoutIdentifyAndDeliversReplay()
    {
        await using var harness = GatewayHarness.Start();
        var (connection, _) = await harness.ConnectAndIdentifyAsync(readySequence: 1);
        connection.ServerSends(GatewayFrames.MessageCreate(2, 100000000000000002));
        await harness.Handler.NextAsync<DiscordMessage>();

        connection.ServerSends(GatewayFrames.Reconnect());
        var next = await harness.Transports.NextConnectionAsync();
        next.ServerSends(GatewayFrames.Hello());
        var resume = await next.NextSentAsync();
        // Discord replays what was missed, then RESUMED.
        next.ServerSends(GatewayFrames.MessageCreate(3, 100000000000000003));
        next.ServerSends(GatewayFrames.MessageCreate(4, 100000000000000004));
        next.ServerSends(GatewayFrames.Resumed(5));
        var replayed = new[] { await harness.Handler.NextAsync<DiscordMessage>(), await harness.Handler.NextAsync<DiscordMessage>() };

        Assert.Equal(4000, connection.ClientCloseCode);
        Assert.Equal(ResumeUri, next.ConnectedUri);
        Assert.Equal(GatewayOpcode.Resume, resume.Op);
        Assert.Equal(2, resume.D.GetProperty("seq").GetInt32());
        Assert.Equal([100000000000000003UL, 100000000000000004UL], replayed.Select(m => m.Id).Order());
        await Eventually.HoldsAsync(() => harness.Client.Shards[0].State == ShardState.Ready);
        Assert.DoesNotContain(next.AllSent, f => f.Op == GatewayOpcode.Identify);
    }

    [Fact]
    public async Task Gateway_SocketDropped_ResumesAtOnce()
    {
        await using var harness = GatewayHarness.Start();
        var (connection, _) = await harness.ConnectAndIdentifyAsync(readySequence: 3);

        connection.ServerDrops();
        var next = await harness.Transports.NextConnectionAsync();
        next.ServerSends(GatewayFrames.Hello());
        var resume = await next.NextSentAsync();

        Assert.Equal(ResumeUri, next.ConnectedUri);
        Assert.Equal(GatewayOpcode.Resume, resume.Op);
        Assert.Equal(3, resume.D.GetProperty("seq").GetInt32());
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4008)]
    [InlineData(1001)]
    public async Task Gateway_ResumableCloseCode_Resumes(int closeCode)
    {
        await using var harness = GatewayHarness.Start();
        var (connection, _) = await harness.ConnectAndIdentifyAsync();

        connection.ServerCloses(closeCode);
        var next = await harness.Transports.NextConnectionAsync();
        next.ServerSends(GatewayFrames.Hello());

        Assert.Equal(GatewayOpcode.Resume, (await next.NextSentAsync()).Op);
        Assert.Equal(ResumeUri, next.ConnectedUri);
    }

    [Fact]
    public async Task Gateway_InvalidSessionResumable_ResumesAfterOneToFiveSeconds()
    {
        await using var harness = GatewayHarness.Start(jitter: 0.5);
        var (connection, _) = await harness.ConnectAndIdentifyAsync();
        var now = harness.Time.GetUtcNow();

        connection.ServerSends(GatewayFrames.InvalidSession(resumable: true));
        // 1 s + 4 s × jitter 0.5 = 3 s.
        await harness.Time.WaitForTimerAsync(now + TimeSpan.FromSeconds(3));
        Assert.False(harness.Transports.HasPendingConnection);
        harness.Time.Advance(TimeSpan.FromSeconds(3));
        var next = await harness.Transports.NextConnectionAsync();
        next.ServerSends(GatewayFrames.Hello());

        Assert.Equal(GatewayOpcode.Resume, (await next.NextSentAsync()).Op);
        Assert.Equal(ResumeUri, next.ConnectedUri);
    }

    [Fact]
    public async Task Gateway_InvalidSessionNotResumable_IdentifiesAfreshOnTheGatewayUrl()
    {
        await using var harness = GatewayHarness.Start(jitter: 0.5);
        var start = harness.Time.GetUtcNow();
        var (connection, _) = await harness.ConnectAndIdentifyAsync();

        connection.ServerSends(GatewayFrames.InvalidSession(resumable: false));
        await harness.Time.WaitForTimerAsync(start + TimeSpan.FromSeconds(3));
        harness.Time.Advance(TimeSpan.FromSeconds(3));
        // The next IDENTIFY also respects the identify spacing (5 s plus margin).
        await harness.Time.WaitForTimerAsync(start + IdentifyGate.Spacing);
        harness.Time.AdvanceTo(start + IdentifyGate.Spacing);
        var next = await harness.Transports.NextConnectionAsync();
        next.ServerSends(GatewayFrames.Hello());

        Assert.Equal(GatewayOpcode.Identify, (await next.NextSentAsync()).Op);
        Assert.Equal(GatewayUri, next.ConnectedUri);
    }

    [Theory]
    [InlineData(4003)]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task Gateway_SessionEndingCloseCode_IdentifiesAfresh(int closeCode)
    {
        await using var harness = GatewayHarness.Start(jitter: 0.5);
        var start = harness.Time.GetUtcNow();
        var (connection, _) = await harness.ConnectAndIdentifyAsync();

        connection.ServerCloses(closeCode);
        await harness.Time.WaitForTimerAsync(start + TimeSpan.FromSeconds(3));
        harness.Time.Advance(TimeSpan.FromSeconds(3));
        await harness.Time.WaitForTimerAsync(start + IdentifyGate.Spacing);
        harness.Time.AdvanceTo(start + IdentifyGate.Spacing);
        var next = await harness.Transports.NextConnectionAsync();
        next.ServerSends(GatewayFrames.Hello());

        Assert.Equal(GatewayOpcode.Identify, (await next.NextSentAsync()).Op);
        Assert.Equal(GatewayUri, next.ConnectedUri);
    }

    [Fact]
    public async Task Gateway_ThreeFailedResumes_IdentifiesAfresh()
    {
        await using var harness = GatewayHarness.Start(jitter: 0.5);
        var (connection, _) = await harness.ConnectAndIdentifyAsync();
        connection.ServerDrops();

        // Each resume attempt gets HELLO, sends RESUME, and is closed before RESUMED; back-off 0.75 s, 1.5 s.
        TimeSpan[] waits = [TimeSpan.FromSeconds(0.75), TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(3)];
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var resuming = await harness.Transports.NextConnectionAsync();
            Assert.Equal(ResumeUri, resuming.ConnectedUri);
            resuming.ServerSends(GatewayFrames.Hello());
            Assert.Equal(GatewayOpcode.Resume, (await resuming.NextSentAsync()).Op);
            resuming.ServerCloses(4000);
            await harness.Time.WaitForTimerInAsync(waits[attempt]);
            harness.Time.Advance(waits[attempt]);
        }

        var fresh = await harness.Transports.NextConnectionAsync();
        fresh.ServerSends(GatewayFrames.Hello());

        Assert.Equal(GatewayUri, fresh.ConnectedUri);
        Assert.Equal(GatewayOpcode.Identify, (await fresh.NextSentAsync()).Op);
    }

    [Fact]
    public async Task Gateway_RepeatedFailures_BackOffGrows()
    {
        await using var harness = GatewayHarness.Start(jitter: 1.0);
        var first = await harness.Transports.NextConnectionAsync();
        first.ServerDrops();

        // Never got READY: identify again, with growing delays 1 s, 2 s, 4 s (jitter 1 = full delay).
        var delays = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var expected = TimeSpan.FromSeconds(Math.Pow(2, attempt - 1));
            await harness.Time.WaitForTimerInAsync(expected);
            delays.Add(expected);
            harness.Time.Advance(expected);
            if (harness.Time.GetUtcNow() - harness.Time.Start < IdentifyGate.Spacing * attempt)
            {
                // The identify spacing may add its own wait; let it pass.
                await harness.Time.WaitForTimerAsync(d => d > harness.Time.GetUtcNow(), "identify spacing");
                harness.Time.AdvanceTo(harness.Time.Start + IdentifyGate.Spacing * attempt);
            }

            var next = await harness.Transports.NextConnectionAsync();
            next.ServerDrops();
        }

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], delays);
    }

    [Fact]
    public async Task Gateway_MalformedHello_LogsAndReconnectsInsteadOfStopping()
    {
        await using var harness = GatewayHarness.Start(jitter: 0.5);
        var broken = await harness.Transports.NextConnectionAsync();

        broken.ServerSends("""{"op":10,"d":"not an object","s":null,"t":null}""");
        // Never became ready: back-off 0.75 s, and the identify spacing holds the next IDENTIFY for one slot.
        await harness.Time.WaitForTimerInAsync(TimeSpan.FromSeconds(0.75));
        harness.Time.Advance(TimeSpan.FromSeconds(0.75));
        await harness.Time.WaitForTimerAsync(harness.Time.Start + IdentifyGate.Spacing);
        harness.Time.AdvanceTo(harness.Time.Start + IdentifyGate.Spacing);
        var next = await harness.Transports.NextConnectionAsync();
        next.ServerSends(GatewayFrames.Hello());

        Assert.Equal(GatewayOpcode.Identify, (await next.NextSentAsync()).Op);
        Assert.Contains(harness.Logs.Lines, l => l.Contains("[5015]", StringComparison.Ordinal));
        Assert.False(harness.Run.IsCompleted);
    }

    [Fact]
    public async Task Gateway_NoHelloAfterConnecting_AbortsAfterTheHelloTimeoutAndReconnects()
    {
        await using var harness = GatewayHarness.Start(jitter: 0.5);
        var (connection, _) = await harness.ConnectAndIdentifyAsync();
        connection.ServerSends(GatewayFrames.Reconnect());
        var silent = await harness.Transports.NextConnectionAsync();
        var connectedAt = harness.Time.GetUtcNow();

        // The server accepts the socket but never says HELLO.
        await harness.Time.WaitForTimerAsync(connectedAt + ShardConnection.HelloTimeout);
        harness.Time.AdvanceTo(connectedAt + ShardConnection.HelloTimeout - TimeSpan.FromMilliseconds(1));
        Assert.False(silent.Aborted);
        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        // First failed attempt: back-off 1 s x 0.75 (jitter 0.5).
        await harness.Time.WaitForTimerInAsync(TimeSpan.FromSeconds(0.75));
        harness.Time.Advance(TimeSpan.FromSeconds(0.75));
        var next = await harness.Transports.NextConnectionAsync();
        next.ServerSends(GatewayFrames.Hello());

        Assert.True(silent.Aborted);
        Assert.Equal(GatewayOpcode.Resume, (await next.NextSentAsync()).Op);
        Assert.Equal(ResumeUri, next.ConnectedUri);
        Assert.Contains(harness.Logs.Lines, l => l.Contains("[5016]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Gateway_HandshakeNeverCompletes_GivesUpAfterTheTimeoutAndConnectsAgain()
    {
        await using var harness = GatewayHarness.Start(jitter: 0.5, configureTransports: t => t.HangNextConnect = true);
        var hanging = await harness.Transports.NextConnectionAsync();
        var start = harness.Time.Start;

        await harness.Time.WaitForTimerAsync(start + ShardConnection.HelloTimeout);
        harness.Time.AdvanceTo(start + ShardConnection.HelloTimeout);
        // First failed attempt: back-off 1 s x 0.75 (jitter 0.5); the identify spacing has long passed.
        await harness.Time.WaitForTimerInAsync(TimeSpan.FromSeconds(0.75));
        harness.Time.Advance(TimeSpan.FromSeconds(0.75));
        var next = await harness.Transports.NextConnectionAsync();
        next.ServerSends(GatewayFrames.Hello());

        Assert.NotSame(hanging, next);
        Assert.Equal(GatewayOpcode.Identify, (await next.NextSentAsync()).Op);
        Assert.Contains(harness.Logs.Lines, l => l.Contains("[5017]", StringComparison.Ordinal));
    }
}
