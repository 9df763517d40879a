using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class FatalCloseTests
{
    [Fact]
    public async Task Gateway_Close4004_StopsWithOneClearLineAndNoReconnect()
    {
        await using var harness = GatewayHarness.Start();
        var connection = await harness.Transports.NextConnectionAsync();
        connection.ServerSends(GatewayFrames.Hello());
        await connection.NextSentAsync();

        connection.ServerCloses(4004);
        var exception = await Assert.ThrowsAsync<DiscordFatalException>(() => harness.Run.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(4004, exception.Error.CloseCode);
        Assert.Contains("reset the token", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Discord__Token", exception.Message, StringComparison.Ordinal);
        Assert.Same(harness.Client.FatalError, exception.Error);
        Assert.Equal(1, harness.Transports.Created);
        var critical = Assert.Single(harness.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.Contains("4004", critical, StringComparison.Ordinal);
        Assert.Equal(ShardState.Stopped, harness.Client.Shards[0].State);
    }

    [Fact]
    public async Task Gateway_Close4014_SaysToEnableMessageContentOrTurnOffReadMessages()
    {
        await using var harness = GatewayHarness.Start();
        var connection = await harness.Transports.NextConnectionAsync();
        connection.ServerSends(GatewayFrames.Hello());
        await connection.NextSentAsync();

        connection.ServerCloses(4014);
        var exception = await Assert.ThrowsAsync<DiscordFatalException>(() => harness.Run.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Contains("enable the Message Content intent in the Developer Portal (Bot → Privileged Gateway Intents), or set Discord:ReadMessages=false", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, harness.Transports.Created);
    }

    [Theory]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    public async Task Gateway_OtherFatalCloseCodes_StopWithoutReconnecting(int closeCode)
    {
        await using var harness = GatewayHarness.Start();
        var connection = await harness.Transports.NextConnectionAsync();
        connection.ServerSends(GatewayFrames.Hello());
        await connection.NextSentAsync();

        connection.ServerCloses(closeCode);
        var exception = await Assert.ThrowsAsync<DiscordFatalException>(() => harness.Run.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(closeCode, exception.Error.CloseCode);
        Assert.Contains("Discord:", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, harness.Transports.Created);
    }

    [Fact]
    public async Task RunAsync_GatewayBotUnauthorized_StopsBeforeConnecting()
    {
        await using var harness = GatewayHarness.Start(rest: new FakeDiscordRestClient(rejectToken: true));

        var exception = await Assert.ThrowsAsync<DiscordFatalException>(() => harness.Run.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Null(exception.Error.CloseCode);
        Assert.Contains("Discord__Token", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, harness.Transports.Created);
    }

    [Fact]
    public async Task RunAsync_Cancelled_CompletesNormally()
    {
        var harness = GatewayHarness.Start();
        await harness.ConnectAndIdentifyAsync();

        await harness.DisposeAsync();

        Assert.True(harness.Run.IsCompletedSuccessfully);
        Assert.Null(harness.Client.FatalError);
    }

    [Fact]
    public async Task RunAsync_CalledTwice_RefusesTheSecondRun()
    {
        await using var harness = GatewayHarness.Start();
        await harness.Transports.NextConnectionAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.RunAsync(CancellationToken.None));
    }
}
