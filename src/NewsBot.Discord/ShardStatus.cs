namespace NewsBot.Discord;

/// <summary>A snapshot of one shard.</summary>
/// <param name="ShardId">Shard id.</param>
/// <param name="State">Connection state.</param>
/// <param name="Latency">Time from the last heartbeat to its ACK, once measured.</param>
public sealed record ShardStatus(int ShardId, ShardState State, TimeSpan? Latency);
