using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Rest;

/// <summary>REST log messages (event ids 6xxx). Routes are always the redacted form.</summary>
internal static partial class RestLog
{
    [LoggerMessage(6001, LogLevel.Debug, "Discord REST {Route} -> {StatusCode}")]
    public static partial void Completed(ILogger logger, string route, int statusCode);

    [LoggerMessage(6002, LogLevel.Warning, "Discord rate limit on {Route} (scope {Scope}, global {Global}): waiting {RetryAfter} before retrying")]
    public static partial void RateLimited(ILogger logger, string route, string scope, bool global, TimeSpan retryAfter);

    [LoggerMessage(6003, LogLevel.Warning, "Discord REST {Route} failed with {StatusCode}; retry {Attempt} in {Delay}")]
    public static partial void RetryingServerError(ILogger logger, string route, int statusCode, int attempt, TimeSpan delay);

    [LoggerMessage(6004, LogLevel.Critical, "Discord rejected the bot token (401 on {Route}): reset the token in the Developer Portal (Bot → Reset Token) and set Discord__Token. No further requests will be sent with this token.")]
    public static partial void TokenRejected(ILogger logger, string route);

    [LoggerMessage(6005, LogLevel.Warning, "Discord REST {Route} failed: {Error}")]
    public static partial void Failed(ILogger logger, string route, string error);

    [LoggerMessage(6006, LogLevel.Information, "Application commands ({Scope}) are up to date; nothing registered")]
    public static partial void CommandsUnchanged(ILogger logger, string scope);

    [LoggerMessage(6007, LogLevel.Information, "Application commands ({Scope}) changed; registered {Count} commands")]
    public static partial void CommandsRegistered(ILogger logger, string scope, int count);

    [LoggerMessage(6008, LogLevel.Warning, "Discord REST {Route} could not be sent ({Reason}); retry {Attempt} in {Delay}")]
    public static partial void RetryingNetworkError(ILogger logger, string route, string reason, int attempt, TimeSpan delay);

    [LoggerMessage(6009, LogLevel.Warning, "Discord refused {Count} requests (401/403/429) in 10 minutes, the latest {Route}; Discord bans the IP at 10,000, and NewsBot stops sending at {PauseAt}. Check the bot's permissions in the channels it answers in.")]
    public static partial void ManyInvalidRequests(ILogger logger, int count, int pauseAt, string route);
}
