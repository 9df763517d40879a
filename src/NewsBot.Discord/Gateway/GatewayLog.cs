using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway;

/// <summary>Gateway log messages (event ids 5xxx). Nothing logged here ever carries the token.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(5001, LogLevel.Information, "Gateway shard {ShardId}: connecting to {Url}")]
    public static partial void Connecting(ILogger logger, int shardId, string url);

    [LoggerMessage(5002, LogLevel.Information, "Gateway shard {ShardId}: ready as {UserName} ({UserId}) with {GuildCount} guilds")]
    public static partial void Ready(ILogger logger, int shardId, string userName, ulong userId, int guildCount);

    [LoggerMessage(5003, LogLevel.Information, "Gateway shard {ShardId}: session resumed")]
    public static partial void Resumed(ILogger logger, int shardId);

    [LoggerMessage(5004, LogLevel.Warning, "Gateway shard {ShardId}: no heartbeat ACK within {Interval}; the connection is a zombie, reconnecting to resume")]
    public static partial void Zombie(ILogger logger, int shardId, TimeSpan interval);

    [LoggerMessage(5005, LogLevel.Warning, "Gateway shard {ShardId}: connection ended ({Reason}); {Action} in {Delay}")]
    public static partial void Reconnecting(ILogger logger, int shardId, string reason, string action, TimeSpan delay);

    [LoggerMessage(5006, LogLevel.Critical, "{Message}")]
    public static partial void Fatal(ILogger logger, string message);

    [LoggerMessage(5007, LogLevel.Error, "Gateway shard {ShardId}: the {EventName} handler failed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, int shardId, string eventName);

    [LoggerMessage(5008, LogLevel.Warning, "Gateway shard {ShardId}: could not read a {EventName} payload; skipped it")]
    public static partial void UnreadablePayload(ILogger logger, Exception exception, int shardId, string eventName);

    [LoggerMessage(5009, LogLevel.Warning, "Gateway shard {ShardId}: session start limit used up; waiting {Wait} before identifying")]
    public static partial void SessionStartLimitReached(ILogger logger, int shardId, TimeSpan wait);

    [LoggerMessage(5010, LogLevel.Trace, "Gateway shard {ShardId} sent {Payload}")]
    public static partial void Sent(ILogger logger, int shardId, string payload);

    [LoggerMessage(5011, LogLevel.Trace, "Gateway shard {ShardId} received op {Op} {EventName} s={Sequence}")]
    public static partial void Received(ILogger logger, int shardId, int op, string? eventName, int? sequence);

    [LoggerMessage(5012, LogLevel.Debug, "Gateway shard {ShardId}: {Kind} sent (shard [{ShardId}, {ShardCount}], intents {Intents})")]
    public static partial void Handshake(ILogger logger, int shardId, string kind, int shardCount, int intents);

    [LoggerMessage(5013, LogLevel.Warning, "Gateway: GET gateway/bot failed ({Error}); retrying in {Delay}")]
    public static partial void GatewayBotFailed(ILogger logger, string error, TimeSpan delay);

    [LoggerMessage(5015, LogLevel.Error, "Gateway shard {ShardId}: the connection failed unexpectedly; reconnecting")]
    public static partial void ConnectionFailed(ILogger logger, Exception exception, int shardId);

    [LoggerMessage(5016, LogLevel.Warning, "Gateway shard {ShardId}: no HELLO within {Timeout} of connecting; reconnecting")]
    public static partial void HelloTimeout(ILogger logger, int shardId, TimeSpan timeout);

    [LoggerMessage(5017, LogLevel.Warning, "Gateway shard {ShardId}: the WebSocket handshake did not complete within {Timeout}; reconnecting")]
    public static partial void ConnectTimeout(ILogger logger, int shardId, TimeSpan timeout);

    [LoggerMessage(5014, LogLevel.Information, "Gateway: starting shards {ShardIds} of {ShardCount}")]
    public static partial void Starting(ILogger logger, string shardIds, int shardCount);
}
