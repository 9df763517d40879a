using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Emulator;

namespace NewsBot.Discord.Tests.Emulator;

public sealed class GatewayLimitTests
{
    [Fact]
    public async Task Identify_SessionStartLimitUsedUp_GetsInvalidSessionAndGatewayBotShowsNoneRemaining()
    {
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions { SessionStartLimit = 1, IdentifyWindow = TimeSpan.Zero });
        var (first, _) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, 1);
        await using var _1 = first;
        await using var second = await RawGatewayClient.ConnectAsync(emulator.GatewayUrl);
        await second.ReceiveAsync();

        await second.SendAsync(RawGatewayClient.Identify(emulator.BotToken, 1));
        var refused = await second.ReceiveAsync();
        using var http = EmulatorHttp.Client(emulator);
        var gatewayBot = await (await http.GetAsync("gateway/bot")).ReadObjectAsync();

        Assert.Equal(9, refused["op"]!.GetValue<int>());
        Assert.Equal(0, gatewayBot["session_start_limit"]!["remaining"]!.GetValue<int>());
        Assert.Equal(2, emulator.IdentifyCount);
    }

    [Fact]
    public async Task HeartbeatTimeout_SilentClientIsDropped_SessionStaysResumable()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions { TimeProvider = time, HeartbeatTimeout = TimeSpan.FromSeconds(60) });
        var (client, _) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, 1);
        await using var _1 = client;

        time.Advance(TimeSpan.FromSeconds(61));
        await emulator.WaitForAsync(e => !e.Connections[0].IsOpen, TimeSpan.FromSeconds(5), "the silent connection to be dropped");

        Assert.Single(emulator.ActiveSessionIds);
    }

    [Fact]
    public async Task HeartbeatTimeout_HeartbeatingClientStaysConnected()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions { TimeProvider = time, HeartbeatTimeout = TimeSpan.FromSeconds(60) });
        await using var client = await RawGatewayClient.ConnectAsync(emulator.GatewayUrl);
        await client.ReceiveAsync();

        time.Advance(TimeSpan.FromSeconds(40));
        await client.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });
        await client.ReceiveAsync();
        time.Advance(TimeSpan.FromSeconds(40));
        await client.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });
        var ack = await client.ReceiveAsync();

        Assert.Equal(11, ack["op"]!.GetValue<int>());
        Assert.True(emulator.Connections[0].IsOpen);
    }
}
