namespace NewsBot.Discord.Models;

/// <summary>The answer of <c>GET gateway/bot</c>: where to connect and how many shards Discord recommends.</summary>
/// <param name="Url">Gateway WebSocket URL (without query).</param>
/// <param name="Shards">Recommended shard count.</param>
/// <param name="SessionStartLimit">Remaining session starts.</param>
public sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit SessionStartLimit);
