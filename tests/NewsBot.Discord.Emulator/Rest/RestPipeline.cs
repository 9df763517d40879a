using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NewsBot.Discord.Emulator.RateLimiting;
using NewsBot.Discord.Emulator.State;

namespace NewsBot.Discord.Emulator.Rest;

/// <summary>
/// Runs in front of every <c>/api/v10/</c> route: forced 5xx, rate limits (headers on every answer, 429s), bot-token
/// auth (interaction and webhook routes need none), then the handler; finally records the exchange.
/// </summary>
internal sealed class RestPipeline(RestServices services)
{
    private const string ApiPrefix = "/api/v10/";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments("/api/v10", StringComparison.Ordinal))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var template = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        var routeKey = template is null ? "unknown" : $"{context.Request.Method} {template[ApiPrefix.Length..]}";
        var request = await RestRequest.ReadAsync(context).ConfigureAwait(false);
        var validToken = HasValidBotToken(context.Request);
        var interactionRoute = routeKey.Contains(" interactions/", StringComparison.Ordinal) || routeKey.Contains(" webhooks/", StringComparison.Ordinal);
        var needsAuth = !interactionRoute && routeKey != EmulatorRoutes.GetGateway;
        try
        {
            if (services.RateLimiter.TakeServerError(routeKey) is { } status)
            {
                await WriteServerErrorAsync(context, status).ConfigureAwait(false);
                return;
            }

            var decision = services.RateLimiter.Evaluate(routeKey, MajorParameter(context), globalExempt: interactionRoute);
            WriteRateLimitHeaders(context.Response, decision);
            if (!decision.Allowed)
            {
                await WriteTooManyRequestsAsync(context, decision).ConfigureAwait(false);
            }
            else if (needsAuth && !validToken)
            {
                await RestResults.UnauthorizedAsync(context).ConfigureAwait(false);
            }
            else if (context.GetEndpoint()?.DisplayName?.StartsWith("405", StringComparison.Ordinal) == true)
            {
                // Routing matched the path but not the method.
                await RestResults.ErrorAsync(context, StatusCodes.Status405MethodNotAllowed, 0, "405: Method Not Allowed").ConfigureAwait(false);
            }
            else if (template is null)
            {
                await RestResults.ErrorAsync(context, StatusCodes.Status404NotFound, 0, "404: Not Found").ConfigureAwait(false);
            }
            else
            {
                await next(context).ConfigureAwait(false);
            }
        }
        finally
        {
            Record(context, routeKey, validToken, request);
        }
    }

    private bool HasValidBotToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bot ", StringComparison.Ordinal) && BotTokenFactory.FixedTimeEquals(header[4..], services.BotToken);
    }

    /// <summary>Limits are kept per top-level resource: channel, guild, or webhook id + token.</summary>
    private static string MajorParameter(HttpContext context)
    {
        var values = context.Request.RouteValues;
        if (values.TryGetValue("channel_id", out var channel))
        {
            return $"channel:{channel}";
        }

        if (values.TryGetValue("guild_id", out var guild))
        {
            return $"guild:{guild}";
        }

        if (values.TryGetValue("interaction_token", out var token))
        {
            var owner = values.TryGetValue("application_id", out var app) ? app : values.GetValueOrDefault("interaction_id");
            return $"webhook:{owner}:{token}";
        }

        return "global";
    }

    private static void WriteRateLimitHeaders(HttpResponse response, RateLimitDecision decision)
    {
        if (decision.IncludeBucketHeaders)
        {
            response.Headers["X-RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Reset"] = (decision.ResetAt.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Reset-After"] = Math.Max(0, decision.ResetAfter.TotalSeconds).ToString("0.000", CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Bucket"] = decision.Bucket;
        }

        if (decision.Scope is { } scope)
        {
            response.Headers["X-RateLimit-Scope"] = scope.ToString().ToLowerInvariant();
            response.Headers.RetryAfter = Math.Ceiling(decision.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            if (scope == RateLimitScope.Global)
            {
                response.Headers["X-RateLimit-Global"] = "true";
            }
        }
    }

    private static Task WriteTooManyRequestsAsync(HttpContext context, RateLimitDecision decision)
    {
        var body = new JsonObject
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = Math.Round(decision.RetryAfter.TotalSeconds, 3),
            ["global"] = decision.Scope == RateLimitScope.Global,
        };
        return RestResults.JsonAsync(context, body, StatusCodes.Status429TooManyRequests);
    }

    private static Task WriteServerErrorAsync(HttpContext context, int status)
    {
        if (status == StatusCodes.Status502BadGateway)
        {
            // A 502 comes from Discord's edge as HTML, not JSON: clients must not assume a JSON error body.
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/html";
            return context.Response.WriteAsync("<html><head><title>502 Bad Gateway</title></head><body>502 Bad Gateway</body></html>", context.RequestAborted);
        }

        return RestResults.ErrorAsync(context, status, 0, $"{status}: Internal Server Error");
    }

    /// <summary>The path with the interaction token replaced: it is a credential and would otherwise show up in test output.</summary>
    private static string RedactedPath(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (context.Request.RouteValues.TryGetValue("interaction_token", out var token) && token?.ToString() is { Length: > 0 } text)
        {
            path = path.Replace(text, "[token]", StringComparison.Ordinal);
        }

        return path + context.Request.QueryString;
    }

    private void Record(HttpContext context, string routeKey, bool validToken, RestRequest request)
    {
        var headers = context.Request.Headers
            .Where(header => !string.Equals(header.Key, "Authorization", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var now = services.State.Time.GetUtcNow();
        var status = context.Response.StatusCode;
        var recorded = new RecordedRequest(
            context.Request.Method, RedactedPath(context), routeKey, headers, validToken,
            request.Body?.DeepClone(), request.FileNames, status,
            (context.Items[RestResults.ResponseItemKey] as JsonNode)?.DeepClone(), now);
        lock (services.State.Sync)
        {
            services.State.Requests.Add(recorded);
            var sharedLimit = string.Equals(context.Response.Headers["X-RateLimit-Scope"], "shared", StringComparison.Ordinal);
            if (status is 401 or 403 || (status == 429 && !sharedLimit))
            {
                services.State.InvalidRequests.Enqueue(now);
            }
        }

        services.State.Changed.Notify();
    }
}
