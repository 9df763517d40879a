using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Discord.Emulator.Rest;

/// <summary>
/// Reads the body of a request that creates a message (channel message or webhook follow-up): a JSON object (or
/// multipart payload_json) within Discord's limits, and not empty (50006). On failure the error is already written.
/// </summary>
internal static class NewMessageBody
{
    public static async Task<JsonObject?> ReadAsync(HttpContext context, long allowedFlags)
    {
        if (await RestResults.RequireObjectAsync(context, allowMissing: true).ConfigureAwait(false) is not { } body)
        {
            return null;
        }

        var errors = new FormErrors();
        MessageValidator.Validate(body, errors, allowedFlags);
        if (errors.HasErrors)
        {
            await RestResults.InvalidFormAsync(context, errors).ConfigureAwait(false);
            return null;
        }

        if (MessageValidator.IsEmpty(body, RestRequest.Of(context).FileNames))
        {
            await RestResults.EmptyMessageAsync(context).ConfigureAwait(false);
            return null;
        }

        return body;
    }
}
