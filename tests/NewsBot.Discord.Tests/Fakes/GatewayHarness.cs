using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>A real <see cref="DiscordClient"/> running against scripted connections, fake time and a recording bot.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();

    private GatewayHarness(DiscordOptions options, FakeDiscordRestClient rest, double jitter, Action<ScriptedGatewayTransportFactory>? configureTransports)
    {
        Rest = rest;
        Transports = new ScriptedGatewayTransportFactory(Time);
        configureTransports?.Invoke(Transports);
        Client = Some.Client(options, rest, Handler, Time, Transports, Logs, jitter);
        Run = Task.Run(() => Client.RunAsync(_stop.Token));
    }

    public ObservedTimeProvider Time { get; } = new();

    public ScriptedGatewayTransportFactory Transports { get; }

    public RecordingEventHandler Handler { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public FakeDiscordRestClient Rest { get; }

    public DiscordClient Client { get; }

    public Task Run { get; }

    public static GatewayHarness Start(
        Action<DiscordOptions>? configure = null, FakeDiscordRestClient? rest = null, double jitter = 0.5, Action<ScriptedGatewayTransportFactory>? configureTransports = null) =>
        new(Some.Options(configure), rest ?? new FakeDiscordRestClient(), jitter, configureTransports);

    /// <summary>Next connection: HELLO, expect IDENTIFY, answer READY. Returns the connection and the IDENTIFY.</summary>
    public async Task<(ScriptedGatewayTransport Connection, SentFrame Identify)> ConnectAndIdentifyAsync(int intervalMs = 45000, int readySequence = 1)
    {
        var connection = await Transports.NextConnectionAsync();
        connection.ServerSends(GatewayFrames.Hello(intervalMs));
        var identify = await connection.NextSentAsync(GatewayOpcode.Identify);
        connection.ServerSends(GatewayFrames.Ready(readySequence));
        await Handler.NextAsync<Models.DiscordReadyEvent>();
        return (connection, identify);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Run.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (DiscordFatalException)
        {
            // Tests that expect it assert it themselves.
        }

        _stop.Dispose();
    }
}
