using NewsBot.Discord.Gateway;
using NewsBot.Discord.Models;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class GatewayHandshakeTests
{
    [Fact]
    public async Task RunAsync_Connecting_UsesGatewayBotUrlWithVersionAndEncoding()
    {
        await using var harness = GatewayHarness.Start();

        var connection = await harness.Transports.NextConnectionAsync();

        Assert.Equal(1, harness.Rest.GatewayBotCalls);
        Assert.Equal(new Uri("wss://gateway.example.test/?v=10&encoding=json"), connection.ConnectedUri);
    }

    [Fact]
    public async Task Identify_AfterHello_SendsTokenIntentsShardAndProperties()
    {
        await using var harness = GatewayHarness.Start();

        var (_, identify) = await harness.ConnectAndIdentifyAsync();

        Assert.Equal(Some.Token, identify.D.GetProperty("token").GetString());
        // GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES | MESSAGE_CONTENT
        Assert.Equal(37377, identify.D.GetProperty("intents").GetInt32());
        Assert.Equal("[0,1]", identify.D.GetProperty("shard").GetRawText());
        var properties = identify.D.GetProperty("properties");
        Assert.False(string.IsNullOrEmpty(properties.GetProperty("os").GetString()));
        Assert.Equal("NewsBot.Discord", properties.GetProperty("browser").GetString());
        Assert.Equal("NewsBot.Discord", properties.GetProperty("device").GetString());
    }

    [Fact]
    public async Task Identify_ReadMessagesOff_AsksForMessagesWithoutThePrivilegedIntent()
    {
        await using var harness = GatewayHarness.Start(o => o.ReadMessages = false);

        var (_, identify) = await harness.ConnectAndIdentifyAsync();

        // GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES: mentions and DMs still arrive with their text; no MESSAGE_CONTENT.
        Assert.Equal(1 | 512 | 4096, identify.D.GetProperty("intents").GetInt32());
    }

    [Fact]
    public async Task Ready_Received_StoresSessionAndReportsBotUserAndApplication()
    {
        await using var harness = GatewayHarness.Start();

        var connection = await harness.Transports.NextConnectionAsync();
        connection.ServerSends(GatewayFrames.Hello());
        await connection.NextSentAsync(GatewayOpcode.Identify);
        connection.ServerSends(GatewayFrames.Ready(sequence: 1));
        var ready = await harness.Handler.NextAsync<DiscordReadyEvent>();

        Assert.Equal(GatewayFrames.BotUserId, ready.User.Id);
        Assert.Equal(GatewayFrames.ApplicationId, ready.ApplicationId);
        Assert.Equal([800000000000000001UL], ready.GuildIds);
        Assert.Equal(GatewayFrames.BotUserId, harness.Client.CurrentUser?.Id);
        Assert.Equal(GatewayFrames.ApplicationId, harness.Client.ApplicationId);
        Assert.Equal(ShardState.Ready, Assert.Single(harness.Client.Shards).State);
    }

    [Fact]
    public async Task Dispatch_MessageAndInteraction_AreDeliveredToTheHandler()
    {
        await using var harness = GatewayHarness.Start();
        var (connection, _) = await harness.ConnectAndIdentifyAsync();

        connection.ServerSends(GatewayFrames.MessageCreate(2, 100000000000000002, "what happened?"));
        connection.ServerSends(GatewayFrames.InteractionCreate(3, 300000000000000003, Some.InteractionToken));

        var message = await harness.Handler.NextAsync<DiscordMessage>();
        var interaction = await harness.Handler.NextAsync<DiscordInteraction>();
        Assert.Equal("what happened?", message.Content);
        Assert.Equal(300000000000000003UL, interaction.Id);
        Assert.Equal("who won?", interaction.Data?.GetOption("question")?.ValueAsString());
    }

    [Fact]
    public async Task Dispatch_HandlerThrows_IsLoggedAndLaterEventsStillArrive()
    {
        await using var harness = GatewayHarness.Start();
        harness.Handler.ThrowOnMessage = true;
        var (connection, _) = await harness.ConnectAndIdentifyAsync();

        connection.ServerSends(GatewayFrames.MessageCreate(2, 100000000000000002));
        await harness.Handler.NextAsync<DiscordMessage>();
        connection.ServerSends(GatewayFrames.InteractionCreate(3, 300000000000000003, Some.InteractionToken));

        await harness.Handler.NextAsync<DiscordInteraction>();
        await Eventually.HoldsAsync(() => harness.Logs.Lines.Any(l => l.Contains("[5007]", StringComparison.Ordinal)));
        Assert.Contains(harness.Logs.Lines, l => l.Contains("bot bug", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dispatch_SlowHandler_DoesNotDelayHeartbeatsOrLaterEvents()
    {
        await using var harness = GatewayHarness.Start();
        harness.Handler.BlockMessages = new TaskCompletionSource();
        var (connection, _) = await harness.ConnectAndIdentifyAsync();
        var start = harness.Time.GetUtcNow();

        connection.ServerSends(GatewayFrames.MessageCreate(2, 100000000000000002));
        await harness.Handler.NextAsync<DiscordMessage>();
        connection.ServerSends(GatewayFrames.MessageCreate(3, 100000000000000003));
        var second = await harness.Handler.NextAsync<DiscordMessage>();
        await harness.Time.WaitForTimerAsync(start + TimeSpan.FromMilliseconds(22500));
        harness.Time.Advance(TimeSpan.FromMilliseconds(22500));
        var heartbeat = await connection.NextSentAsync(GatewayOpcode.Heartbeat);

        Assert.Equal(100000000000000003UL, second.Id);
        Assert.Equal(3, heartbeat.D.GetInt32());
        harness.Handler.BlockMessages.SetResult();
    }

    [Fact]
    public async Task Shards_SeveralPerProcess_IdentifyEachWithItsIdOneSlotApart()
    {
        await using var harness = GatewayHarness.Start(rest: new FakeDiscordRestClient(recommendedShards: 2));
        var start = harness.Time.GetUtcNow();

        var first = await harness.Transports.NextConnectionAsync();
        first.ServerSends(GatewayFrames.Hello());
        var firstIdentify = await first.NextSentAsync(GatewayOpcode.Identify);
        // max_concurrency 1: the second shard's IDENTIFY waits for the next slot (5 s plus margin).
        await harness.Time.WaitForTimerAsync(start + IdentifyGate.Spacing);
        Assert.False(harness.Transports.HasPendingConnection);
        harness.Time.Advance(IdentifyGate.Spacing);
        var second = await harness.Transports.NextConnectionAsync();
        second.ServerSends(GatewayFrames.Hello());
        var secondIdentify = await second.NextSentAsync(GatewayOpcode.Identify);

        var shards = new[] { firstIdentify.D.GetProperty("shard").GetRawText(), secondIdentify.D.GetProperty("shard").GetRawText() };
        Assert.Equal(["[0,2]", "[1,2]"], shards.Order());
        Assert.Equal(2, harness.Client.Shards.Count);
    }

    [Fact]
    public async Task Shards_ConfiguredIds_RunOnlyThoseOfTheConfiguredCount()
    {
        await using var harness = GatewayHarness.Start(o => { o.ShardCount = 4; o.ShardIds = [2]; });

        var (_, identify) = await harness.ConnectAndIdentifyAsync();

        Assert.Equal("[2,4]", identify.D.GetProperty("shard").GetRawText());
        Assert.Equal(2, Assert.Single(harness.Client.Shards).ShardId);
    }

    [Fact]
    public async Task Identify_SessionStartLimitUsedUp_WaitsForTheReset()
    {
        await using var harness = GatewayHarness.Start(rest: new FakeDiscordRestClient(remainingSessions: 0));
        var start = harness.Time.GetUtcNow();

        // reset_after is 14 400 000 ms in the fake's answer.
        await harness.Time.WaitForTimerAsync(start + TimeSpan.FromMilliseconds(14_400_000));
        Assert.False(harness.Transports.HasPendingConnection);
        harness.Time.Advance(TimeSpan.FromMilliseconds(14_400_000));

        var connection = await harness.Transports.NextConnectionAsync();
        Assert.NotNull(connection.ConnectedUri);
    }

    [Fact]
    public async Task Hello_ReceivedTwiceOnOneConnection_IdentifiesOnlyOnce()
    {
        await using var harness = GatewayHarness.Start();
        var connection = await harness.Transports.NextConnectionAsync();

        connection.ServerSends(GatewayFrames.Hello());
        connection.ServerSends(GatewayFrames.Hello());
        connection.ServerSends(GatewayFrames.Ready(sequence: 1));
        await harness.Handler.NextAsync<DiscordReadyEvent>();

        Assert.Single(connection.AllSent, f => f.Op == GatewayOpcode.Identify);
    }
}
