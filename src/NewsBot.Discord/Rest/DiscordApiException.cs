using System.Net;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Discord refused a request (or it could not be completed after bounded retries). The message names the
/// method and the route with every token redacted, Discord's error code and message, and a summary of the
/// per-field error tree of 50035 responses.
/// </summary>
public sealed class DiscordApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DiscordApiException(HttpStatusCode statusCode, int? code, string discordMessage, string? errorSummary, string route)
        : base(Describe(statusCode, code, discordMessage, errorSummary, route))
    {
        StatusCode = statusCode;
        Code = code;
        DiscordMessage = discordMessage;
        ErrorSummary = errorSummary;
        Route = route;
    }

    /// <summary>Unused; an API error always has a status.</summary>
    public DiscordApiException() : this(HttpStatusCode.InternalServerError, null, "unknown error", null, "")
    {
    }

    /// <summary>Unused; an API error always has a status.</summary>
    public DiscordApiException(string message) : base(message) => DiscordMessage = message;

    /// <summary>Unused; an API error always has a status.</summary>
    public DiscordApiException(string message, Exception innerException) : base(message, innerException) => DiscordMessage = message;

    /// <summary>HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Discord's JSON error code (e.g. 10062 unknown interaction, 40060 already acknowledged, 50035 invalid form body).</summary>
    public int? Code { get; }

    /// <summary>Discord's error message.</summary>
    public string DiscordMessage { get; } = "";

    /// <summary>Field errors of a 50035 response, e.g. <c>content: BASE_TYPE_MAX_LENGTH (Must be 2000 or fewer in length.)</c>.</summary>
    public string? ErrorSummary { get; }

    /// <summary>Method and route with tokens redacted, e.g. <c>POST interactions/123/[token]/callback</c>.</summary>
    public string Route { get; } = "";

    /// <summary>10062: the interaction expired (not answered within 3 s) or is unknown.</summary>
    public bool IsUnknownInteraction => Code == 10062;

    /// <summary>40060: the interaction was already acknowledged.</summary>
    public bool IsAlreadyAcknowledged => Code == 40060;

    private static string Describe(HttpStatusCode status, int? code, string message, string? summary, string route)
    {
        var text = $"Discord API {route} failed: {(int)status} {status}";
        if (code is not null)
        {
            text += $", code {code}";
        }

        text += $": {message}";
        return summary is null ? text : $"{text} [{summary}]";
    }
}
