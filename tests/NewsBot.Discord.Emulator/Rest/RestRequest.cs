using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Discord.Emulator.Rest;

/// <summary>The parsed body of a request: JSON, or the <c>payload_json</c> part of multipart/form-data plus its file names.</summary>
internal sealed record RestRequest
{
    private const string ItemKey = "emulator.request";

    public JsonNode? Body { get; init; }
    public bool BodyMissing { get; init; }
    public bool InvalidJson { get; init; }
    public bool UnsupportedContentType { get; init; }
    public IReadOnlyList<string> FileNames { get; init; } = [];

    public static RestRequest Of(HttpContext context) => (RestRequest)context.Items[ItemKey]!;

    public static async Task<RestRequest> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        RestRequest parsed;
        if (request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.ContainsKey("Transfer-Encoding")))
        {
            parsed = new RestRequest { BodyMissing = true };
        }
        else if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            var payload = form["payload_json"].ToString();
            var files = form.Files.Select(file => file.FileName).ToList();
            parsed = string.IsNullOrEmpty(payload)
                ? new RestRequest { BodyMissing = true, FileNames = files }
                : Parse(payload) with { FileNames = files };
        }
        else if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var reader = new StreamReader(request.Body);
            parsed = Parse(await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false));
        }
        else
        {
            parsed = new RestRequest { UnsupportedContentType = true };
        }

        context.Items[ItemKey] = parsed;
        return parsed;
    }

    private static RestRequest Parse(string text)
    {
        try
        {
            return new RestRequest { Body = JsonNode.Parse(text) };
        }
        catch (JsonException)
        {
            return new RestRequest { InvalidJson = true };
        }
    }
}
