using System.Text.Json.Nodes;
using NewsBot.Discord.Emulator;

namespace NewsBot.Discord.Tests.Emulator;

public sealed class GatewayResumeTests
{
    private const long Guilds = 1;
    private const long GuildMessages = 1 << 9;

    private static JsonObject Resume(string token, string sessionId, int seq) =>
        new() { ["op"] = 6, ["d"] = new JsonObject { ["token"] = token, ["session_id"] = sessionId, ["seq"] = seq } };

    [Fact]
    public async Task Reconnect_ThenResume_ReplaysMissedDispatchesInOrderThenResumed()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        var (client, ready) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, Guilds | GuildMessages);
        var sessionId = ready["d"]!["session_id"]!.GetValue<string>();
        var resumeUrl = new Uri(ready["d"]!["resume_gateway_url"]!.GetValue<string>());
        var lastSeq = (await client.ReceiveDispatchAsync("GUILD_CREATE"))["s"]!.GetValue<int>();

        await emulator.SendReconnectAsync();
        Assert.Equal(7, (await client.ReceiveAsync())["op"]!.GetValue<int>());
        await client.CloseAsync(4000);
        await emulator.WaitForAsync(e => !e.Connections[0].IsOpen, TimeSpan.FromSeconds(5), "the first connection to close");
        await client.DisposeAsync();
        var missed1 = await emulator.InjectMessageAsync("while away 1");
        var missed2 = await emulator.InjectMessageAsync("while away 2");

        await using var resumed = await RawGatewayClient.ConnectAsync(resumeUrl);
        Assert.Equal(10, (await resumed.ReceiveAsync())["op"]!.GetValue<int>());
        await resumed.SendAsync(Resume(emulator.BotToken, sessionId, lastSeq));
        var replay1 = await resumed.ReceiveAsync();
        var replay2 = await resumed.ReceiveAsync();
        var resumedEvent = await resumed.ReceiveAsync();

        Assert.Equal(missed1.Id.ToString(), replay1["d"]!["id"]!.GetValue<string>());
        Assert.Equal(lastSeq + 1, replay1["s"]!.GetValue<int>());
        Assert.Equal(missed2.Id.ToString(), replay2["d"]!["id"]!.GetValue<string>());
        Assert.Equal(lastSeq + 2, replay2["s"]!.GetValue<int>());
        Assert.Equal("RESUMED", resumedEvent["t"]!.GetValue<string>());
        Assert.Equal(1, emulator.ResumeCount);
        Assert.Equal(1, emulator.IdentifyCount);
        Assert.True(emulator.Connections[1].ViaResumeUrl);
    }

    [Fact]
    public async Task Resume_AfterSilentDrop_ReplaysOnlyDispatchesAfterGivenSeq()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        var (client, ready) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, GuildMessages);
        var sessionId = ready["d"]!["session_id"]!.GetValue<string>();
        await emulator.InjectMessageAsync("seen");
        var seen = await client.ReceiveDispatchAsync("MESSAGE_CREATE");

        emulator.DropGatewayConnections();
        await emulator.WaitForAsync(e => !e.Connections[0].IsOpen, TimeSpan.FromSeconds(5), "the drop");
        await client.DisposeAsync();
        var missed = await emulator.InjectMessageAsync("missed");
        await using var resumed = await RawGatewayClient.ConnectAsync(emulator.ResumeGatewayUrl);
        await resumed.ReceiveAsync();
        await resumed.SendAsync(Resume(emulator.BotToken, sessionId, seen["s"]!.GetValue<int>()));

        var replay = await resumed.ReceiveAsync();
        Assert.Equal(missed.Id.ToString(), replay["d"]!["id"]!.GetValue<string>());
        Assert.Equal("RESUMED", (await resumed.ReceiveAsync())["t"]!.GetValue<string>());
    }

    [Fact]
    public async Task Resume_UnknownSession_GetsInvalidSessionFalse()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await RawGatewayClient.ConnectAsync(emulator.ResumeGatewayUrl);
        await client.ReceiveAsync();

        await client.SendAsync(Resume(emulator.BotToken, "0123456789abcdef0123456789abcdef", 3));
        var invalid = await client.ReceiveAsync();

        Assert.Equal(9, invalid["op"]!.GetValue<int>());
        Assert.False(invalid["d"]!.GetValue<bool>());
        Assert.Equal(0, emulator.ResumeCount);
    }

    [Fact]
    public async Task Resume_AfterClientClosedWith1000_GetsInvalidSessionFalse()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        var (client, ready) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, Guilds);
        var sessionId = ready["d"]!["session_id"]!.GetValue<string>();

        await client.CloseAsync(1000);
        await emulator.WaitForAsync(e => !e.Connections[0].IsOpen, TimeSpan.FromSeconds(5), "the close");
        await client.DisposeAsync();
        await using var resumed = await RawGatewayClient.ConnectAsync(emulator.ResumeGatewayUrl);
        await resumed.ReceiveAsync();
        await resumed.SendAsync(Resume(emulator.BotToken, sessionId, 1));
        var invalid = await resumed.ReceiveAsync();

        Assert.Equal(9, invalid["op"]!.GetValue<int>());
        Assert.False(invalid["d"]!.GetValue<bool>());
        Assert.Empty(emulator.ActiveSessionIds);
    }

    [Fact]
    public async Task Resume_SequenceAheadOfServer_ClosesWith4007()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        var (client, ready) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, GuildMessages);
        var sessionId = ready["d"]!["session_id"]!.GetValue<string>();
        emulator.DropGatewayConnections();
        await client.DisposeAsync();

        await using var resumed = await RawGatewayClient.ConnectAsync(emulator.ResumeGatewayUrl);
        await resumed.ReceiveAsync();
        await resumed.SendAsync(Resume(emulator.BotToken, sessionId, 50));

        Assert.Equal(4007, await resumed.ReceiveCloseCodeAsync());
    }

    [Fact]
    public async Task InvalidSessionFalse_EndsSession_SoResumeFails()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        var (client, ready) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, GuildMessages);
        await using var _ = client;
        var sessionId = ready["d"]!["session_id"]!.GetValue<string>();

        await emulator.SendInvalidSessionAsync(resumable: false);
        var invalid = await client.ReceiveAsync();
        await client.SendAsync(Resume(emulator.BotToken, sessionId, 1));
        var refused = await client.ReceiveAsync();

        Assert.Equal(9, invalid["op"]!.GetValue<int>());
        Assert.False(invalid["d"]!.GetValue<bool>());
        Assert.Equal(9, refused["op"]!.GetValue<int>());
    }

    [Fact]
    public async Task InvalidSessionTrue_KeepsSession_SoResumeOnSameSocketSucceeds()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        var (client, ready) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, GuildMessages);
        await using var _ = client;
        var sessionId = ready["d"]!["session_id"]!.GetValue<string>();

        await emulator.SendInvalidSessionAsync(resumable: true);
        var invalid = await client.ReceiveAsync();
        await client.SendAsync(Resume(emulator.BotToken, sessionId, 1));
        var resumed = await client.ReceiveAsync();

        Assert.True(invalid["d"]!.GetValue<bool>());
        Assert.Equal("RESUMED", resumed["t"]!.GetValue<string>());
        Assert.Equal(2, resumed["s"]!.GetValue<int>());
    }

    [Fact]
    public async Task ServerClose_WithResumableCode_ClientSeesCodeAndSessionStaysResumable()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        var (client, _) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, GuildMessages);
        await using var _1 = client;

        await emulator.CloseGatewayAsync(4000);

        Assert.Equal(4000, await client.ReceiveCloseCodeAsync());
        Assert.Single(emulator.ActiveSessionIds);
    }

    [Fact]
    public async Task SecondIdentifyWithinFiveSeconds_GetsInvalidSessionNotClose()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        var (first, _) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, Guilds);
        await using var _1 = first;
        await using var second = await RawGatewayClient.ConnectAsync(emulator.GatewayUrl);
        await second.ReceiveAsync();

        await second.SendAsync(RawGatewayClient.Identify(emulator.BotToken, Guilds));
        var refused = await second.ReceiveAsync();

        Assert.Equal(9, refused["op"]!.GetValue<int>());
        Assert.False(refused["d"]!.GetValue<bool>());
    }
}
