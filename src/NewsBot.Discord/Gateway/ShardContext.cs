using Microsoft.Extensions.Logging;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Gateway;

/// <summary>What a shard shares with its siblings and needs from the client.</summary>
internal sealed record ShardContext(
    int ShardId,
    int ShardCount,
    string GatewayUrl,
    string Token,
    int Intents,
    IGatewayTransportFactory TransportFactory,
    IdentifyGate IdentifyGate,
    IDiscordEventHandler Handler,
    TimeProvider TimeProvider,
    Func<double> NextJitter,
    ILogger Logger,
    Action<DiscordReadyEvent>? OnReady = null)
{
    /// <summary>Records print every member; this one holds the token.</summary>
    public override string ToString() => $"ShardContext {{ ShardId = {ShardId}, ShardCount = {ShardCount}, Token = <redacted> }}";
}
