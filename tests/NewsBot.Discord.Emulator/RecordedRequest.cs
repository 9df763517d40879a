using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator;

/// <summary>An HTTP request the bot made, with the emulator's answer. The Authorization header is never kept.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path and query as requested.</param>
/// <param name="RouteKey">Route key (see <see cref="EmulatorRoutes"/>), or "unknown".</param>
/// <param name="Headers">Request headers except Authorization (e.g. User-Agent, Content-Type, X-Audit-Log-Reason).</param>
/// <param name="HadValidBotToken">Whether it carried <c>Authorization: Bot &lt;the emulator's token&gt;</c>.</param>
/// <param name="Body">JSON body (for multipart: the <c>payload_json</c> part), or null.</param>
/// <param name="FileNames">File names of multipart file parts.</param>
/// <param name="StatusCode">Status the emulator answered with.</param>
/// <param name="ResponseBody">JSON the emulator answered with, or null.</param>
/// <param name="At">When it arrived (emulator clock).</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string RouteKey,
    IReadOnlyDictionary<string, string> Headers,
    bool HadValidBotToken,
    JsonNode? Body,
    IReadOnlyList<string> FileNames,
    int StatusCode,
    JsonNode? ResponseBody,
    DateTimeOffset At);
