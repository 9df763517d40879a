namespace NewsBot.Discord.Gateway;

/// <summary>
/// Adds <c>?v=10&amp;encoding=json</c> to a gateway URL. The same query must go on the resume URL too:
/// READY's <c>resume_gateway_url</c> comes without it, and resumes fail when it is dropped.
/// </summary>
internal static class GatewayUrl
{
    public const string Query = "v=10&encoding=json";

    public static Uri Build(string baseUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseUrl);
        var builder = new UriBuilder(baseUrl) { Query = Query };
        if (string.IsNullOrEmpty(builder.Path))
        {
            builder.Path = "/";
        }

        return builder.Uri;
    }
}
