using System.Net;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>The real WebSocket transport against a real loopback server.</summary>
public sealed class WebSocketGatewayTransportTests
{
    [Fact]
    public async Task ReceiveAsync_MessageSplitIntoManyFrames_ReturnsItWhole()
    {
        // A large READY-like payload in 7 frames of 10 000 bytes (bigger than the 16 KiB read chunk in total).
        var payload = "{\"op\":0,\"s\":1,\"t\":\"READY\",\"d\":{\"padding\":\"" + new string('x', 70_000) + "\"}}";
        await using var server = await LoopbackServer.StartAsync(async socket =>
        {
            var bytes = Encoding.UTF8.GetBytes(payload);
            for (var offset = 0; offset < bytes.Length; offset += 10_000)
            {
                var count = Math.Min(10_000, bytes.Length - offset);
                await socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, offset + count == bytes.Length, CancellationToken.None);
            }

            await socket.CloseOutputAsync((WebSocketCloseStatus)4004, "Authentication failed.", CancellationToken.None);
        });
        await using var transport = new WebSocketGatewayTransport();

        await transport.ConnectAsync(server.Url, CancellationToken.None);
        var message = await transport.ReceiveAsync(CancellationToken.None);
        var close = await transport.ReceiveAsync(CancellationToken.None);

        Assert.Equal(payload, Encoding.UTF8.GetString(message.Message.Span));
        Assert.True(close.Closed);
        Assert.Equal(4004, close.CloseCode);
    }

    [Fact]
    public async Task CloseAsync_ResumableCode_ServerSeesThatCode()
    {
        var seen = new TaskCompletionSource<int?>();
        await using var server = await LoopbackServer.StartAsync(async socket =>
        {
            var buffer = new byte[1024];
            var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
            seen.TrySetResult(result.MessageType == WebSocketMessageType.Close ? (int?)result.CloseStatus : null);
        });
        await using var transport = new WebSocketGatewayTransport();
        await transport.ConnectAsync(server.Url, CancellationToken.None);

        await transport.CloseAsync(4000, "zombie", CancellationToken.None);

        Assert.Equal(4000, await seen.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    /// <summary>Kestrel on a free loopback port running one WebSocket script per connection.</summary>
    private sealed class LoopbackServer(WebApplication app, Uri url) : IAsyncDisposable
    {
        public Uri Url { get; } = url;

        public static async Task<LoopbackServer> StartAsync(Func<WebSocket, Task> script)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            app.UseWebSockets();
            app.Run(async context =>
            {
                if (!context.WebSockets.IsWebSocketRequest)
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    return;
                }

                using var socket = await context.WebSockets.AcceptWebSocketAsync();
                await script(socket);
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new LoopbackServer(app, new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/?v=10&encoding=json"));
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
