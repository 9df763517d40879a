using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests;

public sealed class DiscordOptionsTests
{
    [Fact]
    public void Validate_MissingToken_NamesTheSettingAndTheEnvironmentVariable()
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions());

        Assert.True(result.Failed);
        Assert.Contains("Discord:Token is not set", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Discord__Token", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TokenWithBotPrefix_AsksForTheBareToken()
    {
        var result = new DiscordOptionsValidator().Validate(null, Some.Options(o => o.Token = "Bot " + Some.Token));

        Assert.Contains("'Bot ' prefix", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(Some.Token, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, new[] { 1 }, "Discord:ShardIds needs Discord:ShardCount")]
    [InlineData(2, new[] { 2 }, "Discord:ShardIds contains 2, outside 0..1")]
    [InlineData(2, new[] { 1, 1 }, "Discord:ShardIds lists a shard twice")]
    [InlineData(0, null, "Discord:ShardCount must be at least 1")]
    public void Validate_BadSharding_ExplainsTheFix(int? shardCount, int[]? shardIds, string expected)
    {
        var result = new DiscordOptionsValidator().Validate(null, Some.Options(o => { o.ShardCount = shardCount; o.ShardIds = shardIds; }));

        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RelativeApiBase_NamesTheSetting()
    {
        var result = new DiscordOptionsValidator().Validate(null, Some.Options(o => o.ApiBaseUrl = new Uri("api/v10/", UriKind.Relative)));

        Assert.Contains("Discord:ApiBaseUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        var options = Some.Options();

        Assert.True(new DiscordOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(new Uri("https://discord.com/api/v10/"), new DiscordOptions().ApiBaseUrl);
        Assert.True(options.ReadMessages);
    }

    [Fact]
    public void ToString_WithToken_DoesNotShowIt()
    {
        var text = Some.Options().ToString();

        Assert.DoesNotContain(Some.Token, text, StringComparison.Ordinal);
        Assert.Contains("<redacted>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDiscordClient_Configuration_BindsTheDiscordSectionAndResolvesTheClients()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = Some.Token,
            ["Discord:ApiBaseUrl"] = "http://127.0.0.1:5999/api/v10/",
            ["Discord:GuildId"] = "800000000000000001",
            ["Discord:ReadMessages"] = "false",
            ["Discord:ShardCount"] = "2",
            ["Discord:ShardIds:0"] = "1",
            ["Discord:AskChannelIds:0"] = "700000000000000001",
        });
        builder.Services.AddSingleton<IDiscordEventHandler, RecordingEventHandler>();
        builder.Services.AddDiscordClient(builder.Configuration);
        using var host = builder.Build();

        var options = host.Services.GetRequiredService<IOptions<DiscordOptions>>().Value;
        Assert.Equal(Some.Token, options.Token);
        Assert.Equal(800000000000000001UL, options.GuildId);
        Assert.False(options.ReadMessages);
        Assert.Equal(2, options.ShardCount);
        Assert.Equal([1], options.ShardIds!);
        Assert.NotNull(host.Services.GetRequiredService<DiscordClient>());
        Assert.IsType<DiscordRestClient>(host.Services.GetRequiredService<IDiscordRestClient>());
        Assert.Same(TimeProvider.System, host.Services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddDiscordClient_RepositoryAppSettingsPlusEnvironmentToken_BindsAndValidates()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "NewsBot.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("NewsBot.sln not found above the test output folder.");
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(root.FullName, "appsettings.json"))
            // What Discord__Token in the environment becomes.
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Token"] = Some.Token })
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IDiscordEventHandler, RecordingEventHandler>();
        services.AddDiscordClient(configuration);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;

        Assert.Null(options.GuildId);
        Assert.True(options.ReadMessages);
        Assert.Equal(DiscordOptions.DefaultApiBaseUrl, options.ApiBaseUrl);
        Assert.Equal(Some.Token, options.Token);
    }

    [Fact]
    public async Task AddDiscordClient_MissingToken_FailsAtStartWithTheFix()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton<IDiscordEventHandler, RecordingEventHandler>();
        builder.Services.AddDiscordClient(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Discord__Token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDiscordClient_TimeProviderAlreadyRegistered_KeepsIt()
    {
        var services = new ServiceCollection();
        var time = new ObservedTimeProvider();
        services.AddSingleton<TimeProvider>(time);

        services.AddDiscordClient(new ConfigurationBuilder().Build());

        using var provider = services.BuildServiceProvider();
        Assert.Same(time, provider.GetRequiredService<TimeProvider>());
    }
}
