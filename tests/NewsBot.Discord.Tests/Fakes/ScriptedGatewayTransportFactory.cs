using System.Threading.Channels;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>Hands out a new scripted connection each time the client connects; the test sees it once connected.</summary>
internal sealed class ScriptedGatewayTransportFactory(TimeProvider timeProvider) : IGatewayTransportFactory
{
    private readonly Channel<ScriptedGatewayTransport> _connections = Channel.CreateUnbounded<ScriptedGatewayTransport>();

    public int Created { get; private set; }

    /// <summary>The next connection's WebSocket handshake never completes (reset once used).</summary>
    public bool HangNextConnect { get; set; }

    public IGatewayTransport Create()
    {
        Created++;
        var hang = HangNextConnect;
        HangNextConnect = false;
        return new ScriptedGatewayTransport(timeProvider, connected => _connections.Writer.TryWrite(connected), () => hang);
    }

    /// <summary>The next connection the client opens (waits up to 10 s real time).</summary>
    public async Task<ScriptedGatewayTransport> NextConnectionAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            return await _connections.Reader.ReadAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("The client opened no new connection within 10 s.");
        }
    }

    public bool HasPendingConnection => _connections.Reader.TryPeek(out _);
}
