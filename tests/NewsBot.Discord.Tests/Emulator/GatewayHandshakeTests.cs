using System.Text.Json.Nodes;
using NewsBot.Discord.Emulator;

namespace NewsBot.Discord.Tests.Emulator;

public sealed class GatewayHandshakeTests
{
    private const long Guilds = 1;
    private const long GuildMessages = 1 << 9;
    private const long MessageContent = 1 << 15;

    [Fact]
    public async Task Connect_WithVersionAndEncoding_SendsHelloWithNullSequenceAndType()
    {
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions { HeartbeatInterval = TimeSpan.FromMilliseconds(41250) });
        await using var client = await RawGatewayClient.ConnectAsync(emulator.GatewayUrl);

        var hello = await client.ReceiveAsync();

        Assert.Equal(10, hello["op"]!.GetValue<int>());
        Assert.Equal(41250, hello["d"]!["heartbeat_interval"]!.GetValue<long>());
        Assert.Null(hello["s"]);
        Assert.Null(hello["t"]);
    }

    [Fact]
    public async Task Heartbeat_AfterHello_IsAcknowledgedWithOp11()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await RawGatewayClient.ConnectAsync(emulator.GatewayUrl);
        await client.ReceiveAsync();

        await client.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });
        var ack = await client.ReceiveAsync();

        Assert.Equal(11, ack["op"]!.GetValue<int>());
        Assert.Equal(1, emulator.Connections.Single().HeartbeatsReceived);
    }

    [Fact]
    public async Task Identify_ValidToken_SendsReadyThenGuildCreateWithSequenceFromOne()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        var (client, ready) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, Guilds | GuildMessages);
        await using var _ = client;

        var guildCreate = await client.ReceiveAsync();

        var d = ready["d"]!;
        Assert.Equal(1, ready["s"]!.GetValue<int>());
        Assert.Equal(10, d["v"]!.GetValue<int>());
        Assert.Equal(emulator.BotUserId.ToString(), d["user"]!["id"]!.GetValue<string>());
        Assert.True(d["user"]!["bot"]!.GetValue<bool>());
        Assert.True(d["guilds"]![0]!["unavailable"]!.GetValue<bool>());
        Assert.NotEqual(emulator.GatewayUrl.ToString(), d["resume_gateway_url"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(d["session_id"]!.GetValue<string>()));
        Assert.Equal(emulator.ApplicationId.ToString(), d["application"]!["id"]!.GetValue<string>());
        Assert.Equal("GUILD_CREATE", guildCreate["t"]!.GetValue<string>());
        Assert.Equal(2, guildCreate["s"]!.GetValue<int>());
        Assert.Equal(emulator.Guild.Id.ToString(), guildCreate["d"]!["id"]!.GetValue<string>());
        Assert.Equal(1, emulator.IdentifyCount);
    }

    [Fact]
    public async Task Identify_WrongToken_ClosesWith4004()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await RawGatewayClient.ConnectAsync(emulator.GatewayUrl);
        await client.ReceiveAsync();

        await client.SendAsync(RawGatewayClient.Identify(emulator.BotToken + "x", Guilds));

        Assert.Equal(4004, await client.ReceiveCloseCodeAsync());
    }

    [Fact]
    public async Task Identify_MessageContentNotEnabled_ClosesWith4014()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await RawGatewayClient.ConnectAsync(emulator.GatewayUrl);
        await client.ReceiveAsync();

        await client.SendAsync(RawGatewayClient.Identify(emulator.BotToken, Guilds | GuildMessages | MessageContent));

        Assert.Equal(4014, await client.ReceiveCloseCodeAsync());
    }

    [Fact]
    public async Task Identify_MessageContentEnabled_IsAccepted()
    {
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions { EnabledPrivilegedIntents = MessageContent });

        var (client, ready) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, Guilds | GuildMessages | MessageContent);
        await using var _ = client;

        Assert.Equal("READY", ready["t"]!.GetValue<string>());
    }
}
