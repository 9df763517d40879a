using System.Text.Json;
using Microsoft.Extensions.Logging;
using NewsBot.Discord.Serialization;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Sends payloads on one connection: rejects those over 4096 bytes before they leave (Discord would close
/// with 4002), counts them against the send limiter, and keeps one send in flight at a time (a WebSocket
/// allows only one pending send).
/// </summary>
internal sealed class GatewaySender(IGatewayTransport transport, GatewaySendLimiter limiter, int shardId, ILogger logger)
{
    public const int MaxPayloadBytes = 4096;
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public Task SendHeartbeatAsync(int? sequence, CancellationToken cancellationToken)
    {
        var data = sequence is { } s
            ? JsonSerializer.SerializeToElement(s, DiscordJsonContext.Default.Int32)
            : JsonSerializer.SerializeToElement<JsonElement?>(null, DiscordJsonContext.Default.NullableJsonElement);
        return SendAsync(new GatewayPayload(GatewayOpcode.Heartbeat, data), priority: true, cancellationToken);
    }

    public Task SendIdentifyAsync(IdentifyData identify, CancellationToken cancellationToken) =>
        SendAsync(new GatewayPayload(GatewayOpcode.Identify, JsonSerializer.SerializeToElement(identify, DiscordJsonContext.Default.IdentifyData)), priority: true, cancellationToken);

    public Task SendResumeAsync(ResumeData resume, CancellationToken cancellationToken) =>
        SendAsync(new GatewayPayload(GatewayOpcode.Resume, JsonSerializer.SerializeToElement(resume, DiscordJsonContext.Default.ResumeData)), priority: true, cancellationToken);

    /// <summary>Sends one payload; <paramref name="priority"/> is for heartbeats, IDENTIFY and RESUME.</summary>
    public async Task SendAsync(GatewayPayload payload, bool priority, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload, DiscordJsonContext.Default.GatewayPayload);
        if (bytes.Length > MaxPayloadBytes)
        {
            throw new DiscordValidationException("gateway payload", $"op {payload.Op} is {bytes.Length} bytes; Discord closes the connection (4002) above {MaxPayloadBytes}.");
        }

        await limiter.AcquireAsync(priority, cancellationToken).ConfigureAwait(false);
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await transport.SendAsync(bytes, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }

        if (logger.IsEnabled(LogLevel.Trace))
        {
            GatewayLog.Sent(logger, shardId, GatewayRedactor.Redact(bytes));
        }
    }
}
