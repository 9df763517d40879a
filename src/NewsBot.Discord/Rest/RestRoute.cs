namespace NewsBot.Discord.Rest;

/// <summary>
/// One HTTP call's route. <see cref="Path"/> is what is sent; <see cref="LogPath"/> is the same path with
/// interaction tokens replaced by <c>[token]</c> and is the only form that reaches logs and exceptions.
/// </summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Relative path (no leading '/'), possibly with a query.</param>
/// <param name="Template">Method and path with ids replaced, e.g. <c>PATCH channels/{channel_id}/messages/{message_id}</c>: the bucket key until Discord names the bucket.</param>
/// <param name="MajorParameter">The top-level resource Discord limits per (channel, guild, webhook+token), or "".</param>
/// <param name="LogPath">Path safe to log.</param>
/// <param name="Authenticated">Sends <c>Authorization: Bot</c>; interaction routes authenticate by their token instead.</param>
/// <param name="GlobalLimitExempt">Interaction routes are not bound by the 50/s global limit.</param>
internal sealed record RestRoute(
    HttpMethod Method,
    string Path,
    string Template,
    string MajorParameter,
    string LogPath,
    bool Authenticated = true,
    bool GlobalLimitExempt = false)
{
    /// <summary>Method and redacted path, for logs and exception messages.</summary>
    public string Description => $"{Method.Method} {LogPath}";

    /// <summary>Bot-authenticated route whose path holds no secret.</summary>
    public static RestRoute Bot(HttpMethod method, string path, string template, string majorParameter = "") =>
        new(method, path, $"{method.Method} {template}", majorParameter, path);
}
