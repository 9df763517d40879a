using Microsoft.Extensions.Logging;

namespace NewsBot.Bot;

/// <summary>The bot's log lines (event ids 7xxx). Never logs tokens; questions are logged only by length.</summary>
internal static partial class BotLog
{
    [LoggerMessage(7000, LogLevel.Information, "Index ready: {Articles} articles, {Passages} passages ({Note})")]
    public static partial void IndexReady(ILogger logger, int articles, int passages, string note);

    [LoggerMessage(7001, LogLevel.Error, "No index to answer from: {Note}. Check NewsBot:Sources and run 'newsbot index'.")]
    public static partial void IndexNotReady(ILogger logger, string note);

    [LoggerMessage(7002, LogLevel.Critical, "The bot stopped after an unexpected error: {Reason}")]
    public static partial void Crashed(ILogger logger, string reason, Exception exception);

    [LoggerMessage(7003, LogLevel.Information, "Connected as {UserName} ({UserId}) on shard {ShardId} of {ShardCount}")]
    public static partial void Ready(ILogger logger, string userName, ulong userId, int shardId, int shardCount);

    [LoggerMessage(7004, LogLevel.Information, "Slash commands {Outcome} ({Scope}): {Count} commands")]
    public static partial void CommandsSynced(ILogger logger, string outcome, string scope, int count);

    [LoggerMessage(7005, LogLevel.Error, "Could not register the slash commands ({Scope}): {Reason}")]
    public static partial void CommandSyncFailed(ILogger logger, string scope, string reason, Exception exception);

    [LoggerMessage(7006, LogLevel.Debug, "Question from {Source} in channel {ChannelId} ({Length} characters)")]
    public static partial void Question(ILogger logger, string source, ulong? channelId, int length);

    [LoggerMessage(7007, LogLevel.Warning, "Could not {Action}: {Reason}")]
    public static partial void ActionFailed(ILogger logger, string action, string reason, Exception exception);

    [LoggerMessage(7008, LogLevel.Information, "Reindex requested by {UserId}: {Outcome}")]
    public static partial void Reindex(ILogger logger, ulong? userId, string outcome);

    [LoggerMessage(7011, LogLevel.Warning, "The reindex summary could not be posted in channel {ChannelId} (the reply could no longer be edited): {Error}")]
    public static partial void ReindexSummaryNotPosted(ILogger logger, ulong channelId, string error);

    [LoggerMessage(7009, LogLevel.Warning, "Refused admin command /{Command} for user {UserId}")]
    public static partial void Refused(ILogger logger, string command, ulong? userId);

    [LoggerMessage(7010, LogLevel.Warning, "Unknown interaction {Name} (type {Type}); answered with a hint")]
    public static partial void UnknownInteraction(ILogger logger, string? name, int type);
}
