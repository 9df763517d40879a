using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>
/// One scripted gateway connection: the test plays the server (<see cref="ServerSends"/>,
/// <see cref="ServerCloses"/>, <see cref="ServerDrops"/>) and reads what the client sent.
/// </summary>
internal sealed class ScriptedGatewayTransport(TimeProvider timeProvider, Action<ScriptedGatewayTransport> onConnected, Func<bool>? hangOnConnect = null) : IGatewayTransport
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);
    private readonly Channel<GatewayReceiveResult> _incoming = Channel.CreateUnbounded<GatewayReceiveResult>();
    private readonly Channel<SentFrame> _sent = Channel.CreateUnbounded<SentFrame>();
    private readonly List<SentFrame> _allSent = [];

    public Uri? ConnectedUri { get; private set; }

    public int? ClientCloseCode { get; private set; }

    public bool Aborted { get; private set; }

    public IReadOnlyList<SentFrame> AllSent
    {
        get
        {
            lock (_allSent)
            {
                return [.. _allSent];
            }
        }
    }

    public async Task ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        ConnectedUri = uri;
        onConnected(this);
        if (hangOnConnect?.Invoke() == true)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }

    public Task SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
    {
        if (Aborted)
        {
            throw new WebSocketException("aborted");
        }

        var frame = new SentFrame(timeProvider.GetUtcNow(), Encoding.UTF8.GetString(utf8Json.Span));
        lock (_allSent)
        {
            _allSent.Add(frame);
        }

        _sent.Writer.TryWrite(frame);
        return Task.CompletedTask;
    }

    public async Task<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _incoming.Reader.ReadAsync(cancellationToken);
        }
        catch (ChannelClosedException)
        {
            throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely);
        }
    }

    public Task CloseAsync(int closeCode, string reason, CancellationToken cancellationToken)
    {
        ClientCloseCode = closeCode;
        _incoming.Writer.TryComplete();
        return Task.CompletedTask;
    }

    public void Abort()
    {
        Aborted = true;
        _incoming.Writer.TryComplete();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public void ServerSends(string json) => _incoming.Writer.TryWrite(GatewayReceiveResult.Text(Encoding.UTF8.GetBytes(json)));

    public void ServerCloses(int code) => _incoming.Writer.TryWrite(GatewayReceiveResult.Close(code));

    /// <summary>The TCP connection dies without a close frame.</summary>
    public void ServerDrops() => _incoming.Writer.TryComplete();

    /// <summary>The next payload the client sends (waits up to 10 s real time).</summary>
    public async Task<SentFrame> NextSentAsync()
    {
        using var limit = new CancellationTokenSource(WaitLimit);
        try
        {
            return await _sent.Reader.ReadAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("The client sent nothing within 10 s.");
        }
    }

    /// <summary>The next payload with opcode <paramref name="op"/>, skipping others (e.g. heartbeats).</summary>
    public async Task<SentFrame> NextSentAsync(int op)
    {
        while (true)
        {
            var frame = await NextSentAsync();
            if (frame.Op == op)
            {
                return frame;
            }
        }
    }

    public bool HasUnreadSent => _sent.Reader.TryPeek(out _);
}
