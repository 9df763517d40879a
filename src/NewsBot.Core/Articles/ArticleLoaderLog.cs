using Microsoft.Extensions.Logging;

namespace NewsBot.Core.Articles;

/// <summary>Ingestion log messages (EventId 1xxx).</summary>
internal static partial class ArticleLoaderLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "Loaded {ArticleCount} article(s) from {Path}")]
    public static partial void Loaded(ILogger logger, int articleCount, string path);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Debug, Message = "Skipped {Path}: {Reason}")]
    public static partial void Skipped(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Parsing {Path} failed unexpectedly; the file is skipped")]
    public static partial void ParserFailed(ILogger logger, Exception exception, string path);
}
