using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Discord.Emulator.Rest;

/// <summary>Writes JSON answers and Discord's error shapes, remembering the body for the request recording.</summary>
internal static class RestResults
{
    public const string ResponseItemKey = "emulator.response";

    public static Task JsonAsync(HttpContext context, JsonNode body, int status = StatusCodes.Status200OK)
    {
        context.Items[ResponseItemKey] = body;
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    public static Task NoContentAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    /// <summary><c>{"message","code","errors"?}</c> with the given HTTP status.</summary>
    public static Task ErrorAsync(HttpContext context, int status, int code, string message, JsonObject? errors = null)
    {
        var body = new JsonObject { ["message"] = message, ["code"] = code };
        if (errors is not null)
        {
            body["errors"] = errors;
        }

        return JsonAsync(context, body, status);
    }

    public static Task UnauthorizedAsync(HttpContext context) =>
        ErrorAsync(context, StatusCodes.Status401Unauthorized, 0, "401: Unauthorized");

    public static Task InvalidFormAsync(HttpContext context, FormErrors errors) =>
        ErrorAsync(context, StatusCodes.Status400BadRequest, 50035, "Invalid Form Body", errors.Tree);

    public static Task UnknownChannelAsync(HttpContext context) =>
        ErrorAsync(context, StatusCodes.Status404NotFound, 10003, "Unknown Channel");

    public static Task UnknownMessageAsync(HttpContext context) =>
        ErrorAsync(context, StatusCodes.Status404NotFound, 10008, "Unknown Message");

    public static Task EmptyMessageAsync(HttpContext context) =>
        ErrorAsync(context, StatusCodes.Status400BadRequest, 50006, "Cannot send an empty message");

    public static Task MissingPermissionsAsync(HttpContext context) =>
        ErrorAsync(context, StatusCodes.Status403Forbidden, 50013, "Missing Permissions");

    public static Task MissingAccessAsync(HttpContext context) =>
        ErrorAsync(context, StatusCodes.Status403Forbidden, 50001, "Missing Access");

    public static Task UnknownInteractionAsync(HttpContext context) =>
        ErrorAsync(context, StatusCodes.Status404NotFound, 10062, "Unknown interaction");

    public static Task InvalidWebhookTokenAsync(HttpContext context) =>
        ErrorAsync(context, StatusCodes.Status401Unauthorized, 50027, "Invalid Webhook Token");

    /// <summary>Rejects bodies that are not usable JSON objects the way Discord does (50109 / 50035). Returns false when it answered.</summary>
    public static async Task<JsonObject?> RequireObjectAsync(HttpContext context, bool allowMissing = false)
    {
        var request = RestRequest.Of(context);
        if (request.InvalidJson)
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, 50109, "The request body contains invalid JSON.").ConfigureAwait(false);
            return null;
        }

        if (request.UnsupportedContentType)
        {
            var errors = new FormErrors();
            errors.Add(string.Empty, "CONTENT_TYPE_INVALID", "Expected \"Content-Type\" header to be one of {'application/json', 'multipart/form-data', 'application/x-www-form-urlencoded'}.");
            await InvalidFormAsync(context, errors).ConfigureAwait(false);
            return null;
        }

        if (request.Body is JsonObject body)
        {
            return body;
        }

        if (request.BodyMissing && allowMissing)
        {
            return new JsonObject();
        }

        var typeErrors = new FormErrors();
        typeErrors.Add(string.Empty, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
        await InvalidFormAsync(context, typeErrors).ConfigureAwait(false);
        return null;
    }
}
