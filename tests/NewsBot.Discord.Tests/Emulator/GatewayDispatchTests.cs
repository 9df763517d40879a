using System.Text.Json.Nodes;
using NewsBot.Discord.Emulator;

namespace NewsBot.Discord.Tests.Emulator;

public sealed class GatewayDispatchTests
{
    private const long Guilds = 1;
    private const long GuildMessages = 1 << 9;
    private const long DirectMessages = 1 << 12;
    private const long MessageContent = 1 << 15;

    [Fact]
    public async Task InjectMessage_IdentifiedSession_DispatchesMessageCreatesWithIncreasingSequence()
    {
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions { EnabledPrivilegedIntents = MessageContent });
        var (client, _) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, Guilds | GuildMessages | MessageContent);
        await using var _ = client;
        var guildCreate = await client.ReceiveDispatchAsync("GUILD_CREATE");

        var first = await emulator.InjectMessageAsync("first question");
        var second = await emulator.InjectMessageAsync("second question");
        var dispatch1 = await client.ReceiveDispatchAsync("MESSAGE_CREATE");
        var dispatch2 = await client.ReceiveDispatchAsync("MESSAGE_CREATE");

        Assert.Equal(guildCreate["s"]!.GetValue<int>() + 1, dispatch1["s"]!.GetValue<int>());
        Assert.Equal(dispatch1["s"]!.GetValue<int>() + 1, dispatch2["s"]!.GetValue<int>());
        Assert.Equal(first.Id.ToString(), dispatch1["d"]!["id"]!.GetValue<string>());
        Assert.Equal("first question", dispatch1["d"]!["content"]!.GetValue<string>());
        Assert.Equal(emulator.Guild.Id.ToString(), dispatch1["d"]!["guild_id"]!.GetValue<string>());
        Assert.NotNull(dispatch1["d"]!["member"]);
        Assert.Equal(second.Id.ToString(), dispatch2["d"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task InjectMessage_WithoutMessageContentIntent_StripsContentUnlessBotIsMentioned()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        var (client, _) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, Guilds | GuildMessages);
        await using var _ = client;

        await emulator.InjectMessageAsync("secret text");
        await emulator.InjectMentionAsync("what happened?");
        var plain = await client.ReceiveDispatchAsync("MESSAGE_CREATE");
        var mention = await client.ReceiveDispatchAsync("MESSAGE_CREATE");

        Assert.Equal(string.Empty, plain["d"]!["content"]!.GetValue<string>());
        Assert.Equal($"<@{emulator.BotUserId}> what happened?", mention["d"]!["content"]!.GetValue<string>());
        Assert.Contains(mention["d"]!["mentions"]!.AsArray(), user => user!["id"]!.GetValue<string>() == emulator.BotUserId.ToString());
    }

    [Fact]
    public async Task InjectDirectMessage_OnlyDirectMessagesIntentSessionsReceiveIt_WithContent()
    {
        // Two sessions identify back to back: drop the 5 s identify window instead of waiting it out.
        await using var dmEmulator = await DiscordEmulator.StartAsync(new EmulatorOptions { IdentifyWindow = TimeSpan.Zero });
        var (dmSession, _) = await RawGatewayClient.ConnectAndIdentifyAsync(dmEmulator.GatewayUrl, dmEmulator.BotToken, DirectMessages);
        var (guildSession, _) = await RawGatewayClient.ConnectAndIdentifyAsync(dmEmulator.GatewayUrl, dmEmulator.BotToken, GuildMessages);
        await using var _2 = dmSession;
        await using var _3 = guildSession;

        var dm = await dmEmulator.InjectDirectMessageAsync("private question");
        await dmEmulator.InjectMessageAsync("guild chatter");
        var received = await dmSession.ReceiveDispatchAsync("MESSAGE_CREATE");
        var guildReceived = await guildSession.ReceiveDispatchAsync("MESSAGE_CREATE");

        Assert.Equal(dm.Id.ToString(), received["d"]!["id"]!.GetValue<string>());
        Assert.Equal("private question", received["d"]!["content"]!.GetValue<string>());
        Assert.Null(received["d"]!["guild_id"]);
        Assert.Equal(string.Empty, guildReceived["d"]!["content"]!.GetValue<string>()); // no MESSAGE_CONTENT intent
        Assert.NotNull(guildReceived["d"]!["guild_id"]);
    }

    [Fact]
    public async Task BotCreatesMessage_EchoesMessageCreateWithContentEvenWithoutIntent()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        var (client, _) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, GuildMessages);
        await using var _ = client;
        using var http = EmulatorHttp.Client(emulator);

        await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", new JsonObject { ["content"] = "bot says hi" });
        var echo = await client.ReceiveDispatchAsync("MESSAGE_CREATE");

        Assert.Equal(emulator.BotUserId.ToString(), echo["d"]!["author"]!["id"]!.GetValue<string>());
        Assert.Equal("bot says hi", echo["d"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Shards_GuildEventsGoToTheirShard_DirectMessagesToShardZero()
    {
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions { IdentifyWindow = TimeSpan.Zero, RecommendedShards = 2 });
        var guildShard = (int)((emulator.Guild.Id >> 22) % 2);
        var (shard0, _) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, GuildMessages | DirectMessages, new JsonArray(0, 2));
        var (shard1, _) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, GuildMessages | DirectMessages, new JsonArray(1, 2));
        await using var _0 = shard0;
        await using var _1 = shard1;
        var shards = new[] { shard0, shard1 };

        var guildMessage = await emulator.InjectMessageAsync("to the guild shard");
        var dm = await emulator.InjectDirectMessageAsync("to shard zero");

        var onGuildShard = await shards[guildShard].ReceiveDispatchAsync("MESSAGE_CREATE");
        Assert.Equal(guildMessage.Id.ToString(), onGuildShard["d"]!["id"]!.GetValue<string>());
        // On shard 0 the DM follows the guild message when both share that shard.
        var onShard0 = await shard0.ReceiveDispatchAsync("MESSAGE_CREATE");

        Assert.Equal(dm.Id.ToString(), onShard0["d"]!["id"]!.GetValue<string>());
        if (guildShard == 0)
        {
            // Shard 1 holds no guild and no DMs: nothing may arrive.
            Assert.Null(await TryReceiveDispatchAsync(shard1, TimeSpan.FromMilliseconds(300)));
        }
    }

    [Fact]
    public async Task Identify_UndefinedIntentBit_ClosesWith4013()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await RawGatewayClient.ConnectAsync(emulator.GatewayUrl);
        await client.ReceiveAsync();

        await client.SendAsync(RawGatewayClient.Identify(emulator.BotToken, 1L << 18));

        Assert.Equal(4013, await client.ReceiveCloseCodeAsync());
    }

    [Fact]
    public async Task Identify_ShardIdNotBelowCount_ClosesWith4010()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await RawGatewayClient.ConnectAsync(emulator.GatewayUrl);
        await client.ReceiveAsync();

        await client.SendAsync(RawGatewayClient.Identify(emulator.BotToken, Guilds, new JsonArray(2, 2)));

        Assert.Equal(4010, await client.ReceiveCloseCodeAsync());
    }

    [Fact]
    public async Task Identify_Twice_ClosesWith4005()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        var (client, _) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, Guilds);
        await using var _ = client;

        await client.SendAsync(RawGatewayClient.Identify(emulator.BotToken, Guilds));

        Assert.Equal(4005, await client.ReceiveCloseCodeAsync());
    }

    [Fact]
    public async Task PresenceUpdate_BeforeIdentify_ClosesWith4003()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await RawGatewayClient.ConnectAsync(emulator.GatewayUrl);
        await client.ReceiveAsync();

        await client.SendAsync(new JsonObject { ["op"] = 3, ["d"] = new JsonObject { ["status"] = "online", ["afk"] = false, ["since"] = null, ["activities"] = new JsonArray() } });

        Assert.Equal(4003, await client.ReceiveCloseCodeAsync());
    }

    [Fact]
    public async Task Payload_Over4096Bytes_ClosesWith4002()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await RawGatewayClient.ConnectAsync(emulator.GatewayUrl);
        await client.ReceiveAsync();

        await client.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null, ["padding"] = new string('x', 4100) });

        Assert.Equal(4002, await client.ReceiveCloseCodeAsync());
    }

    [Fact]
    public async Task Payload_InvalidJson_ClosesWith4002_AndUnknownOpcodeWith4001()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var badJson = await RawGatewayClient.ConnectAsync(emulator.GatewayUrl);
        await using var badOp = await RawGatewayClient.ConnectAsync(emulator.GatewayUrl);
        await badJson.ReceiveAsync();
        await badOp.ReceiveAsync();

        await badJson.SendTextAsync("{not json");
        await badOp.SendAsync(new JsonObject { ["op"] = 99, ["d"] = null });

        Assert.Equal(4002, await badJson.ReceiveCloseCodeAsync());
        Assert.Equal(4001, await badOp.ReceiveCloseCodeAsync());
    }

    [Fact]
    public async Task Payloads_MoreThanLimitPerWindow_ClosesWith4008()
    {
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions { GatewayPayloadLimit = 5 });
        await using var client = await RawGatewayClient.ConnectAsync(emulator.GatewayUrl);
        await client.ReceiveAsync();

        for (var i = 0; i < 6; i++)
        {
            await client.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });
        }

        Assert.Equal(4008, await client.ReceiveCloseCodeAsync());
    }

    [Fact]
    public async Task Connect_WithoutApiVersion_ClosesWith4012()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await RawGatewayClient.ConnectAsync(emulator.GatewayUrl, "?encoding=json");

        Assert.Equal(4012, await client.ReceiveCloseCodeAsync());
    }

    [Fact]
    public async Task MaxFrameBytes_SplitsLargePayloadsIntoSeveralFrames()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        emulator.GatewayMaxFrameBytes = 64;
        var (client, ready) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, Guilds);
        await using var _ = client;

        Assert.Equal("READY", ready["t"]!.GetValue<string>());
        Assert.True(client.FramesOfLastMessage > 1, $"READY came in {client.FramesOfLastMessage} frame(s)");
    }

    [Fact]
    public async Task RequestHeartbeat_SendsOp1_AndStopAcking_SuppressesOp11()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await RawGatewayClient.ConnectAsync(emulator.GatewayUrl);
        await client.ReceiveAsync();

        await emulator.RequestHeartbeatAsync();
        var request = await client.ReceiveAsync();
        emulator.AckHeartbeats = false;
        await client.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });
        await emulator.WaitForAsync(e => e.Connections.Single().HeartbeatsReceived == 1, TimeSpan.FromSeconds(5));

        Assert.Equal(1, request["op"]!.GetValue<int>());
        Assert.Null(await client.TryReceiveAsync(TimeSpan.FromMilliseconds(300)).ContinueWith(task => task.IsCompletedSuccessfully ? task.Result : null));
    }

    [Fact]
    public async Task BotEditsAndDeletesMessage_DispatchesUpdateThenDelete()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        var (client, _) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, GuildMessages);
        await using var _1 = client;
        using var http = EmulatorHttp.Client(emulator);
        var created = await (await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", new JsonObject { ["content"] = "draft" })).ReadObjectAsync();
        var path = $"channels/{emulator.Channel.Id}/messages/{created["id"]}";

        await http.PatchAsync(path, System.Net.Http.Json.JsonContent.Create(new JsonObject { ["content"] = "final" }));
        await http.DeleteAsync(path);
        await client.ReceiveDispatchAsync("MESSAGE_CREATE");
        var update = await client.ReceiveDispatchAsync("MESSAGE_UPDATE");
        var delete = await client.ReceiveDispatchAsync("MESSAGE_DELETE");

        Assert.Equal("final", update["d"]!["content"]!.GetValue<string>());
        Assert.Equal(created["id"]!.GetValue<string>(), delete["d"]!["id"]!.GetValue<string>());
        Assert.True(delete["s"]!.GetValue<int>() > update["s"]!.GetValue<int>());
    }

    [Fact]
    public async Task InteractionReply_EphemeralIsNotDispatched_PublicIs()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        var (client, _) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, GuildMessages);
        await using var _1 = client;
        using var http = EmulatorHttp.Client(emulator, authenticated: false);
        var secret = await emulator.InjectSlashCommandAsync("ask");
        var open = await emulator.InjectSlashCommandAsync("ask");

        await http.PostJsonAsync($"interactions/{secret.Id}/{secret.Token}/callback", new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "only you", ["flags"] = 64 } });
        await http.PostJsonAsync($"interactions/{open.Id}/{open.Token}/callback", new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "everyone" } });
        var dispatched = await client.ReceiveDispatchAsync("MESSAGE_CREATE");

        Assert.Equal("everyone", dispatched["d"]!["content"]!.GetValue<string>());
        Assert.Equal(open.Id.ToString(), dispatched["d"]!["interaction_metadata"]!["id"]!.GetValue<string>());
        Assert.True(emulator.GetInteraction(secret.Id).Original!.IsEphemeral);
    }

    private static async Task<JsonObject?> TryReceiveDispatchAsync(RawGatewayClient client, TimeSpan timeout)
    {
        try
        {
            return await client.TryReceiveAsync(timeout);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }
}
