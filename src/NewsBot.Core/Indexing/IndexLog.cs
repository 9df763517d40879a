using Microsoft.Extensions.Logging;

namespace NewsBot.Core.Indexing;

/// <summary>Indexing log messages (event ids 2xxx).</summary>
internal static partial class IndexLog
{
    [LoggerMessage(2001, LogLevel.Information, "Opened index {Generation}: {Articles} articles, {Passages} passages")]
    public static partial void Opened(ILogger logger, string generation, int articles, int passages);

    [LoggerMessage(2002, LogLevel.Information, "Index at {IndexPath} must be built: {Reason}")]
    public static partial void Rebuilding(ILogger logger, string indexPath, string reason);

    [LoggerMessage(2003, LogLevel.Warning, "Index {Location} cannot be used: {Reason}")]
    public static partial void Unusable(ILogger logger, string location, string reason, Exception? exception);

    [LoggerMessage(2004, LogLevel.Information, "Building index generation {Generation}")]
    public static partial void BuildStarted(ILogger logger, string generation);

    [LoggerMessage(2005, LogLevel.Information, "Built index generation {Generation}: {Articles} articles, {Passages} passages, {Skipped} skipped, in {Elapsed}")]
    public static partial void BuildSucceeded(ILogger logger, string generation, int articles, int passages, int skipped, TimeSpan elapsed);

    [LoggerMessage(2006, LogLevel.Error, "Index build {Generation} failed, the previous index keeps serving: {Reason}")]
    public static partial void BuildFailed(ILogger logger, string generation, string reason, Exception? exception);

    [LoggerMessage(2007, LogLevel.Information, "Switched to index generation {Generation}, built by another process: {Articles} articles, {Passages} passages")]
    public static partial void Reloaded(ILogger logger, string generation, int articles, int passages);

    [LoggerMessage(2008, LogLevel.Warning, "Index generation {Generation} built by another process cannot be opened, the current one keeps serving: {Reason}")]
    public static partial void ReloadFailed(ILogger logger, string generation, string reason, Exception exception);
}
