using NewsBot.Discord.Emulator;
using NewsBot.Discord.Models;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Integration;

/// <summary>Reconnects, resumes, fatal closes and rate limits, provoked by the emulator over real sockets.</summary>
public sealed class GatewayResilienceIntegrationTests
{
    [Fact]
    public async Task Identify_AgainstTheEmulator_UsesVersionQueryAndTheConfiguredIntents()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var ready = await harness.Bot.NextAsync<DiscordReadyEvent>();

        var identify = harness.Discord.ClientPayloads.First(p => p.Op == 2);
        Assert.Equal(37377, identify.Data!["intents"]!.GetValue<int>());
        Assert.True(identify.CarriedValidToken);
        Assert.Contains("v=10", harness.Discord.Connections[0].Query, StringComparison.Ordinal);
        Assert.Contains("encoding=json", harness.Discord.Connections[0].Query, StringComparison.Ordinal);
        Assert.Equal(harness.Discord.BotUserId, ready.User.Id);
        Assert.Equal(harness.Discord.ApplicationId, harness.Client.ApplicationId);
    }

    [Fact]
    public async Task Reconnect_Op7_ResumesOnTheResumeUrlAndMissesNoMessage()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.Bot.NextAsync<DiscordReadyEvent>();

        await harness.Discord.SendReconnectAsync();
        var during = await harness.Discord.InjectMentionAsync("sent while reconnecting");
        await harness.WaitForAsync(d => d.ResumeCount == 1, "a resume");
        var received = await harness.Bot.NextAsync<DiscordMessage>(m => m.Id == during.Id);

        Assert.EndsWith("sent while reconnecting", received.Content, StringComparison.Ordinal);
        Assert.Equal(1, harness.Discord.IdentifyCount);
        Assert.True(harness.Discord.Connections[1].ViaResumeUrl);
        Assert.Contains("v=10", harness.Discord.Connections[1].Query, StringComparison.Ordinal);
        Assert.NotEqual(1000, harness.Discord.Connections[0].CloseCode);
    }

    [Fact]
    public async Task DroppedConnection_Resumes()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.Bot.NextAsync<DiscordReadyEvent>();

        harness.Discord.DropGatewayConnections();
        await harness.WaitForAsync(d => d.ResumeCount == 1, "a resume");
        var after = await harness.Discord.InjectMentionAsync("after the drop");

        await harness.Bot.NextAsync<DiscordMessage>(m => m.Id == after.Id);
        Assert.Equal(1, harness.Discord.IdentifyCount);
    }

    [Fact]
    public async Task ZombieConnection_NoHeartbeatAcks_IsAbandonedAndResumed()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.Bot.NextAsync<DiscordReadyEvent>();

        harness.Discord.AckHeartbeats = false;
        await harness.WaitForAsync(d => d.ResumeCount >= 1, "a resume after the zombie connection");
        harness.Discord.AckHeartbeats = true;
        var after = await harness.Discord.InjectMentionAsync("still there?");

        await harness.Bot.NextAsync<DiscordMessage>(m => m.Id == after.Id);
        Assert.Equal(1, harness.Discord.IdentifyCount);
        Assert.NotEqual(1000, harness.Discord.Connections[0].CloseCode);
    }

    [Fact]
    public async Task HeartbeatRequest_Op1_IsAnsweredAtOnce()
    {
        await using var harness = await EmulatorHarness.StartAsync(new EmulatorOptions
        {
            EnabledPrivilegedIntents = 1 << 15,
            HeartbeatInterval = TimeSpan.FromSeconds(30),
        });
        await harness.Bot.NextAsync<DiscordReadyEvent>();
        // 30-s interval with Random.Shared jitter: a scheduled beat within 5 s is unlikely but possible, so count
        // the client's beats against the server's requests.
        var before = harness.Discord.ClientPayloads.Count;

        await harness.Discord.RequestHeartbeatAsync();
        var beat = await harness.Discord.WaitForClientPayloadAsync(1, TimeSpan.FromSeconds(5), before);

        Assert.Equal(1, beat.Op);
        Assert.True(beat.At - harness.Discord.GatewayPayloads.Last(p => !p.FromClient && p.Op == 1).At < TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task InvalidSession_NotResumable_IdentifiesAgain()
    {
        await using var harness = await EmulatorHarness.StartAsync(random: new FixedRandom(0));
        await harness.Bot.NextAsync<DiscordReadyEvent>();

        await harness.Discord.SendInvalidSessionAsync(resumable: false);
        await harness.Bot.NextAsync<DiscordReadyEvent>();

        Assert.Equal(2, harness.Discord.IdentifyCount);
        Assert.Equal(0, harness.Discord.ResumeCount);
    }

    [Fact]
    public async Task LargePayloads_SplitIntoSmallFrames_AreReassembled()
    {
        await using var harness = await EmulatorHarness.StartAsync(prepare: d => d.GatewayMaxFrameBytes = 64);
        await harness.Bot.NextAsync<DiscordReadyEvent>();

        var message = await harness.Discord.InjectMentionAsync(new string('n', 1500));

        var received = await harness.Bot.NextAsync<DiscordMessage>(m => m.Id == message.Id);
        Assert.EndsWith(new string('n', 1500), received.Content, StringComparison.Ordinal);
        Assert.Equal(message.Content, received.Content);
    }

    [Fact]
    public async Task TwoShards_BothIdentifyAndBecomeReady()
    {
        await using var harness = await EmulatorHarness.StartAsync(new EmulatorOptions
        {
            EnabledPrivilegedIntents = 1 << 15,
            HeartbeatInterval = TimeSpan.FromSeconds(5),
            RecommendedShards = 2,
        });

        var first = await harness.Bot.NextAsync<DiscordReadyEvent>();
        var second = await harness.Bot.NextAsync<DiscordReadyEvent>();

        Assert.Equal([0, 1], new[] { first.ShardId, second.ShardId }.Order());
        Assert.All(harness.Client.Shards, s => Assert.Equal(ShardState.Ready, s.State));
    }

    [Fact]
    public async Task MessageContentIntentNotEnabled_StopsWithTheFixAndDoesNotReconnect()
    {
        await using var harness = await EmulatorHarness.StartAsync(new EmulatorOptions { EnabledPrivilegedIntents = 0 });

        var error = await Assert.ThrowsAsync<DiscordFatalException>(() => harness.Run.WaitAsync(EmulatorHarness.Patience));

        Assert.Equal(4014, error.Error.CloseCode);
        Assert.Contains("Discord:ReadMessages=false", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, harness.Discord.ConnectionCount);
    }

    [Fact]
    public async Task ReadMessagesOff_ConnectsWithoutThePrivilegedIntent()
    {
        await using var harness = await EmulatorHarness.StartAsync(
            new EmulatorOptions { EnabledPrivilegedIntents = 0 },
            settings => settings["Discord:ReadMessages"] = "false");

        await harness.Bot.NextAsync<DiscordReadyEvent>();

        Assert.Equal(1 | 512 | 4096, harness.Discord.ClientPayloads.First(p => p.Op == 2).Data!["intents"]!.GetValue<int>());
    }

    [Fact]
    public async Task WrongToken_StopsBeforeConnecting()
    {
        await using var harness = await EmulatorHarness.StartAsync(configure: settings => settings["Discord:Token"] = "MTIz.bad.token");

        var error = await Assert.ThrowsAsync<DiscordFatalException>(() => harness.Run.WaitAsync(EmulatorHarness.Patience));

        Assert.Contains("Discord__Token", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, harness.Discord.ConnectionCount);
        Assert.Single(harness.Discord.RequestsTo(EmulatorRoutes.GetGatewayBot));
    }

    [Fact]
    public async Task ForcedRateLimit_IsWaitedOutWithASingleRetry()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.Bot.NextAsync<DiscordReadyEvent>();
        harness.Discord.ForceRateLimit(EmulatorRoutes.CreateMessage, TimeSpan.FromSeconds(1.2));

        await harness.Discord.InjectMentionAsync("rate limit me");
        await harness.Discord.WaitForBotMessageAsync(harness.Discord.Channel.Id, EmulatorHarness.Patience);
        // The emulator records a request once its response is written, just after the message exists.
        await harness.WaitForAsync(d => d.RequestsTo(EmulatorRoutes.CreateMessage).Count == 2, "the retried request");

        var attempts = harness.Discord.RequestsTo(EmulatorRoutes.CreateMessage);
        Assert.Equal([429, 200], attempts.Select(r => r.StatusCode));
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(1.2));
    }

    [Fact]
    public async Task ForcedBadGateway_IsRetriedAndPostsExactlyOneMessage()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.Bot.NextAsync<DiscordReadyEvent>();
        harness.Discord.ForceServerError(EmulatorRoutes.CreateMessage, 502, count: 1);

        await harness.Discord.InjectMentionAsync("flaky edge");
        await harness.Discord.WaitForBotMessageAsync(harness.Discord.Channel.Id, EmulatorHarness.Patience);
        await harness.WaitForAsync(d => d.RequestsTo(EmulatorRoutes.CreateMessage).Count == 2, "the retried request");

        Assert.Equal([502, 200], harness.Discord.RequestsTo(EmulatorRoutes.CreateMessage).Select(r => r.StatusCode));
        Assert.Single(harness.Discord.GetBotMessages(harness.Discord.Channel.Id));
    }

    [Fact]
    public async Task WholeSession_WithResumesAndInteractions_LogsNoToken()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.Bot.NextAsync<DiscordReadyEvent>();
        var ask = await harness.Discord.InjectSlashCommandAsync("ask", [InteractionOption.String("question", "who?")]);
        await harness.WaitForAsync(d => d.GetInteraction(ask.Id).FollowUps.Count == 1, "the follow-up");
        await harness.Discord.SendReconnectAsync();
        await harness.WaitForAsync(d => d.ResumeCount == 1, "a resume");

        Assert.Contains(harness.Logs.Lines, l => l.Contains("[5010]", StringComparison.Ordinal));
        Assert.DoesNotContain(harness.Discord.BotToken, harness.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(ask.Token, harness.Logs.AllText, StringComparison.Ordinal);
    }
}
