using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace NewsBot.Discord.Tests.Emulator;

/// <summary>A bare ClientWebSocket speaking gateway JSON, so the emulator is tested without the NewsBot client.</summary>
internal sealed class RawGatewayClient : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);
    private readonly ClientWebSocket _socket = new();

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public int FramesOfLastMessage { get; private set; }

    public static async Task<RawGatewayClient> ConnectAsync(Uri gatewayUrl, string query = "?v=10&encoding=json")
    {
        var client = new RawGatewayClient();
        await client._socket.ConnectAsync(new Uri(gatewayUrl + "/" + query), CancellationToken.None);
        return client;
    }

    /// <summary>Connects, reads HELLO and identifies; returns the READY payload.</summary>
    public static async Task<(RawGatewayClient Client, JsonObject Ready)> ConnectAndIdentifyAsync(Uri gatewayUrl, string token, long intents, JsonArray? shard = null)
    {
        var client = await ConnectAsync(gatewayUrl);
        var hello = await client.ReceiveAsync();
        Assert.Equal(10, hello["op"]!.GetValue<int>());
        await client.SendAsync(Identify(token, intents, shard));
        var ready = await client.ReceiveDispatchAsync("READY");
        return (client, ready);
    }

    public static JsonObject Identify(string token, long intents, JsonArray? shard = null)
    {
        var data = new JsonObject
        {
            ["token"] = token,
            ["intents"] = intents,
            ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "newsbot-tests", ["device"] = "newsbot-tests" },
        };
        if (shard is not null)
        {
            data["shard"] = shard;
        }

        return new JsonObject { ["op"] = 2, ["d"] = data };
    }

    public Task SendAsync(JsonObject payload) => SendTextAsync(payload.ToJsonString());

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>Next payload; null when the server closed the connection.</summary>
    public async Task<JsonObject?> TryReceiveAsync(TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? DefaultTimeout);
        var buffer = new byte[4096];
        using var message = new MemoryStream();
        var frames = 0;
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, cancellation.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            frames++;
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        FramesOfLastMessage = frames;
        return (JsonObject)JsonNode.Parse(message.ToArray())!;
    }

    public async Task<JsonObject> ReceiveAsync(TimeSpan? timeout = null) =>
        await TryReceiveAsync(timeout) ?? throw new InvalidOperationException($"Connection closed with {(int?)_socket.CloseStatus}.");

    /// <summary>Reads until a dispatch named <paramref name="eventName"/>, skipping other payloads.</summary>
    public async Task<JsonObject> ReceiveDispatchAsync(string eventName)
    {
        while (true)
        {
            var payload = await ReceiveAsync();
            if (payload["op"]!.GetValue<int>() == 0 && payload["t"]!.GetValue<string>() == eventName)
            {
                return payload;
            }
        }
    }

    /// <summary>Reads until the server closes and returns its close code.</summary>
    public async Task<int> ReceiveCloseCodeAsync()
    {
        while (await TryReceiveAsync() is not null)
        {
        }

        return (int)_socket.CloseStatus!.Value;
    }

    public Task CloseAsync(int code) =>
        _socket.CloseOutputAsync((WebSocketCloseStatus)code, "test", CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            _socket.Abort();
        }

        _socket.Dispose();
        await Task.CompletedTask;
    }
}
