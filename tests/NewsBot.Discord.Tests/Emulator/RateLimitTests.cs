using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Emulator;

namespace NewsBot.Discord.Tests.Emulator;

public sealed class RateLimitTests
{
    private static JsonObject Message(string content) => new() { ["content"] = content };

    [Fact]
    public async Task AnyResponse_CarriesRateLimitHeaders()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);

        using var response = await http.GetAsync("users/@me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("50", response.Header("X-RateLimit-Limit"));
        Assert.Equal("49", response.Header("X-RateLimit-Remaining"));
        Assert.True(double.Parse(response.Header("X-RateLimit-Reset"), CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 1);
        Assert.True(double.Parse(response.Header("X-RateLimit-Reset-After"), CultureInfo.InvariantCulture) > 0);
        Assert.Equal(32, response.Header("X-RateLimit-Bucket").Length);
    }

    [Fact]
    public async Task ForcedUserRateLimit_Returns429WithHeadersAndFloatRetryAfter_AndHoldsBucket()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);
        emulator.ForceRateLimit(EmulatorRoutes.CreateMessage, TimeSpan.FromSeconds(1.5));

        using var limited = await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", Message("hi"));
        using var retriedEarly = await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", Message("hi"));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("2", limited.Header("Retry-After"));
        Assert.Equal("user", limited.Header("X-RateLimit-Scope"));
        Assert.Equal("0", limited.Header("X-RateLimit-Remaining"));
        Assert.False(limited.Headers.Contains("X-RateLimit-Global"));
        var body = await limited.ReadObjectAsync();
        Assert.Equal(1.5, body["retry_after"]!.GetValue<double>());
        Assert.False(body["global"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.TooManyRequests, retriedEarly.StatusCode);
        Assert.Empty(emulator.GetMessages(emulator.Channel.Id));
        Assert.Equal(2, emulator.InvalidRequestCount);
    }

    [Fact]
    public async Task ForcedGlobalRateLimit_SetsGlobalHeaderAndBodyFlag()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);
        emulator.ForceRateLimit(null, TimeSpan.FromMilliseconds(250), RateLimitScope.Global);

        using var limited = await http.GetAsync("users/@me");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("true", limited.Header("X-RateLimit-Global"));
        Assert.Equal("global", limited.Header("X-RateLimit-Scope"));
        Assert.Equal("1", limited.Header("Retry-After"));
        var body = await limited.ReadObjectAsync();
        Assert.True(body["global"]!.GetValue<bool>());
        Assert.Equal(0.25, body["retry_after"]!.GetValue<double>());
    }

    [Fact]
    public async Task ForcedSharedRateLimit_DoesNotCountAsInvalidRequest()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);
        emulator.ForceRateLimit(EmulatorRoutes.CreateMessage, TimeSpan.FromSeconds(1), RateLimitScope.Shared);

        using var limited = await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", Message("hi"));
        using var next = await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", Message("hi"));

        Assert.Equal("shared", limited.Header("X-RateLimit-Scope"));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal(0, emulator.InvalidRequestCount);
    }

    [Fact]
    public async Task Buckets_AreCountedPerMajorParameter_WithOneBucketHash()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions
        {
            TimeProvider = time,
            RouteRateLimits = new Dictionary<string, RouteRateLimit> { [EmulatorRoutes.CreateMessage] = new(2, TimeSpan.FromSeconds(5)) },
        });
        var otherChannel = emulator.AddTextChannel(emulator.Guild.Id, "other");
        using var http = EmulatorHttp.Client(emulator);

        using var a1 = await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", Message("1"));
        using var a2 = await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", Message("2"));
        using var a3 = await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", Message("3"));
        using var b1 = await http.PostJsonAsync($"channels/{otherChannel.Id}/messages", Message("1"));
        time.Advance(TimeSpan.FromSeconds(5));
        using var a4 = await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", Message("4"));

        Assert.Equal("1", a1.Header("X-RateLimit-Remaining"));
        Assert.Equal("0", a2.Header("X-RateLimit-Remaining"));
        Assert.Equal(HttpStatusCode.TooManyRequests, a3.StatusCode);
        Assert.Equal(5.0, (await a3.ReadObjectAsync())["retry_after"]!.GetValue<double>());
        Assert.Equal(HttpStatusCode.OK, b1.StatusCode);
        Assert.Equal("1", b1.Header("X-RateLimit-Remaining"));
        Assert.Equal(a1.Header("X-RateLimit-Bucket"), b1.Header("X-RateLimit-Bucket"));
        Assert.Equal(HttpStatusCode.OK, a4.StatusCode);
    }

    [Fact]
    public async Task GlobalLimit_PerSecond_Returns429GlobalWhenExceeded_InteractionRoutesExempt()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions { TimeProvider = time, GlobalRateLimitPerSecond = 3 });
        using var http = EmulatorHttp.Client(emulator);
        var interaction = await emulator.InjectSlashCommandAsync("ask");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await http.GetAsync("users/@me");
            statuses.Add(response.StatusCode);
        }

        using var callback = await http.PostJsonAsync($"interactions/{interaction.Id}/{interaction.Token}/callback", new JsonObject { ["type"] = 5 });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.NoContent, callback.StatusCode);
    }

    [Fact]
    public async Task ForcedServerError_AnswersNextRequestsThenRecovers()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = EmulatorHttp.Client(emulator);
        emulator.ForceServerError(EmulatorRoutes.CreateMessage, 502, count: 2);

        using var first = await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", Message("a"));
        using var second = await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", Message("a"));
        using var third = await http.PostJsonAsync($"channels/{emulator.Channel.Id}/messages", Message("a"));

        Assert.Equal(HttpStatusCode.BadGateway, first.StatusCode);
        Assert.Equal("text/html", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.BadGateway, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Single(emulator.GetMessages(emulator.Channel.Id));
    }
}
