using System.Buffers.Text;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Emulator;

namespace NewsBot.Discord.Tests.Emulator;

public sealed class EmulatorWorldTests
{
    [Fact]
    public async Task StartAsync_BindsLoopbackAndIssuesDiscordShapedTokenAndSnowflakes()
    {
        await using var emulator = await DiscordEmulator.StartAsync();

        var parts = emulator.BotToken.Split('.');
        Assert.Equal(3, parts.Length);
        Assert.Equal(emulator.BotUserId.ToString(), Encoding.ASCII.GetString(Base64Url.DecodeFromChars(parts[0])));
        Assert.True(emulator.BotToken.Length >= 58);
        Assert.InRange(emulator.BotUserId.ToString().Length, 17, 19);
        Assert.InRange(emulator.Channel.Id.ToString().Length, 17, 19);
        Assert.Equal("127.0.0.1", emulator.ApiBaseUrl.Host);
        Assert.EndsWith("/api/v10/", emulator.ApiBaseUrl.AbsolutePath);
        Assert.NotEqual(emulator.GatewayUrl, emulator.ResumeGatewayUrl);
    }

    [Fact]
    public async Task GetCurrentUserAndApplication_ReturnTheBot()
    {
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions { BotUsername = "Reporter" });
        using var http = EmulatorHttp.Client(emulator);

        var user = await (await http.GetAsync("users/@me")).ReadObjectAsync();
        var application = await (await http.GetAsync("applications/@me")).ReadObjectAsync();

        Assert.Equal("Reporter", user["username"]!.GetValue<string>());
        Assert.True(user["bot"]!.GetValue<bool>());
        Assert.Equal(emulator.ApplicationId.ToString(), application["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateMessage_Multipart_UsesPayloadJsonAndRecordsFiles()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);
        using var form = new MultipartFormDataContent();
        var payload = new StringContent(new JsonObject { ["content"] = "see attachment", ["attachments"] = new JsonArray(new JsonObject { ["id"] = 0, ["filename"] = "quotes.txt" }) }.ToJsonString());
        payload.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(payload, "payload_json");
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("quoted text")), "files[0]", "quotes.txt");

        using var response = await http.PostAsync($"channels/{emulator.Channel.Id}/messages", form);
        var message = await response.ReadObjectAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("see attachment", message["content"]!.GetValue<string>());
        Assert.Equal("quotes.txt", message["attachments"]![0]!["filename"]!.GetValue<string>());
        Assert.Equal(["quotes.txt"], emulator.RequestsTo(EmulatorRoutes.CreateMessage).Single().FileNames);
    }

    [Fact]
    public async Task CreateMessage_BotLacksSendMessages_Returns50013()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        var readOnly = emulator.AddTextChannel(emulator.Guild.Id, "announcements", DiscordPermissions.ViewChannel);
        using var http = EmulatorHttp.Client(emulator);

        using var response = await http.PostJsonAsync($"channels/{readOnly.Id}/messages", new JsonObject { ["content"] = "hi" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(50013, (await response.ReadObjectAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task CreateMessage_ToUserWhoRefusesDirectMessages_Returns50007()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        var shy = emulator.AddUser("shy", acceptsDirectMessages: false);
        var dm = emulator.OpenDirectMessageChannel(shy.Id);
        using var http = EmulatorHttp.Client(emulator);

        using var response = await http.PostJsonAsync($"channels/{dm.Id}/messages", new JsonObject { ["content"] = "hi" });

        Assert.Equal(50007, (await response.ReadObjectAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task RecordedCallbackPath_HidesTheInteractionToken()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator, authenticated: false);
        var interaction = await emulator.InjectSlashCommandAsync("ask");

        await http.PostJsonAsync($"interactions/{interaction.Id}/{interaction.Token}/callback", new JsonObject { ["type"] = 5 });

        var recorded = Assert.Single(emulator.RequestsTo(EmulatorRoutes.InteractionCallback));
        Assert.DoesNotContain(interaction.Token, recorded.Path, StringComparison.Ordinal);
        Assert.Contains("[token]", recorded.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordedIdentify_HasTokenRedacted()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        var (client, _) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, 1);
        await using var _1 = client;

        var identify = Assert.Single(emulator.ClientPayloads, payload => payload.Op == 2);

        Assert.Equal("[redacted]", identify.Data!["token"]!.GetValue<string>());
        Assert.True(identify.CarriedValidToken);
        Assert.DoesNotContain(emulator.BotToken, identify.Data.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GatewayFrameDelay_DelaysEveryFrameSent()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        emulator.GatewayFrameDelay = TimeSpan.FromMilliseconds(300);
        var stopwatch = Stopwatch.StartNew();

        await using var client = await RawGatewayClient.ConnectAsync(emulator.GatewayUrl);
        await client.ReceiveAsync();

        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(290), $"HELLO arrived after {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task Resume_AfterSessionResumeWindow_GetsInvalidSessionFalse()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions { TimeProvider = time, SessionResumeWindow = TimeSpan.FromMinutes(2) });
        var (client, ready) = await RawGatewayClient.ConnectAndIdentifyAsync(emulator.GatewayUrl, emulator.BotToken, 1);
        var sessionId = ready["d"]!["session_id"]!.GetValue<string>();
        emulator.DropGatewayConnections();
        await emulator.WaitForAsync(e => !e.Connections[0].IsOpen, TimeSpan.FromSeconds(5), "the drop");
        await client.DisposeAsync();

        time.Advance(TimeSpan.FromMinutes(3));
        await using var resumed = await RawGatewayClient.ConnectAsync(emulator.ResumeGatewayUrl);
        await resumed.ReceiveAsync();
        await resumed.SendAsync(new JsonObject { ["op"] = 6, ["d"] = new JsonObject { ["token"] = emulator.BotToken, ["session_id"] = sessionId, ["seq"] = 1 } });
        var invalid = await resumed.ReceiveAsync();

        Assert.Equal(9, invalid["op"]!.GetValue<int>());
        Assert.False(invalid["d"]!.GetValue<bool>());
    }

    [Fact]
    public async Task WaitForAsync_ConditionNeverMet_ThrowsTimeoutNamingIt()
    {
        await using var emulator = await DiscordEmulator.StartAsync();

        var error = await Assert.ThrowsAsync<TimeoutException>(() => emulator.WaitForAsync(e => e.IdentifyCount > 0, TimeSpan.FromMilliseconds(200), "an identify"));

        Assert.Contains("an identify", error.Message, StringComparison.Ordinal);
    }
}
