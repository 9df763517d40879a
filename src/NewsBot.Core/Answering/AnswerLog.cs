using Microsoft.Extensions.Logging;

namespace NewsBot.Core.Answering;

/// <summary>Answering log messages (event ids 3xxx). Questions are not logged: they may hold personal data.</summary>
internal static partial class AnswerLog
{
    [LoggerMessage(3001, LogLevel.Debug, "Answered with {Quotes} quote(s) in {Milliseconds:F1} ms")]
    public static partial void Answered(ILogger logger, int quotes, double milliseconds);
}
