using System.Globalization;

namespace NewsBot.Discord.Rest;

/// <summary>The routes this client calls, with their rate-limit identity (template + major parameter).</summary>
internal static class DiscordRoutes
{
    private const string TokenPlaceholder = "[token]";

    public static RestRoute GatewayBot() => RestRoute.Bot(HttpMethod.Get, "gateway/bot", "gateway/bot");

    public static RestRoute CurrentApplication() => RestRoute.Bot(HttpMethod.Get, "applications/@me", "applications/@me");

    public static RestRoute CurrentUser() => RestRoute.Bot(HttpMethod.Get, "users/@me", "users/@me");

    public static RestRoute GlobalCommands(HttpMethod method, ulong applicationId) =>
        RestRoute.Bot(method, $"applications/{Id(applicationId)}/commands", "applications/{application_id}/commands");

    public static RestRoute GuildCommands(HttpMethod method, ulong applicationId, ulong guildId) =>
        RestRoute.Bot(method, $"applications/{Id(applicationId)}/guilds/{Id(guildId)}/commands",
            "applications/{application_id}/guilds/{guild_id}/commands", $"guild:{Id(guildId)}");

    public static RestRoute ChannelMessages(ulong channelId) =>
        RestRoute.Bot(HttpMethod.Post, $"channels/{Id(channelId)}/messages", "channels/{channel_id}/messages", $"channel:{Id(channelId)}");

    public static RestRoute ChannelMessage(HttpMethod method, ulong channelId, ulong messageId) =>
        RestRoute.Bot(method, $"channels/{Id(channelId)}/messages/{Id(messageId)}", "channels/{channel_id}/messages/{message_id}", $"channel:{Id(channelId)}");

    public static RestRoute Typing(ulong channelId) =>
        RestRoute.Bot(HttpMethod.Post, $"channels/{Id(channelId)}/typing", "channels/{channel_id}/typing", $"channel:{Id(channelId)}");

    public static RestRoute CreateDm() => RestRoute.Bot(HttpMethod.Post, "users/@me/channels", "users/@me/channels");

    public static RestRoute InteractionCallback(ulong interactionId, string token) => new(
        HttpMethod.Post,
        $"interactions/{Id(interactionId)}/{Uri.EscapeDataString(token)}/callback",
        "POST interactions/{interaction_id}/{token}/callback",
        $"interaction:{Id(interactionId)}",
        $"interactions/{Id(interactionId)}/{TokenPlaceholder}/callback",
        Authenticated: false,
        GlobalLimitExempt: true);

    public static RestRoute OriginalResponse(HttpMethod method, ulong applicationId, string token) => new(
        method,
        $"webhooks/{Id(applicationId)}/{Uri.EscapeDataString(token)}/messages/@original",
        $"{method.Method} webhooks/{{application_id}}/{{token}}/messages/@original",
        WebhookMajor(applicationId, token),
        $"webhooks/{Id(applicationId)}/{TokenPlaceholder}/messages/@original",
        Authenticated: false,
        GlobalLimitExempt: true);

    public static RestRoute Followup(ulong applicationId, string token) => new(
        HttpMethod.Post,
        $"webhooks/{Id(applicationId)}/{Uri.EscapeDataString(token)}?wait=true",
        "POST webhooks/{application_id}/{token}",
        WebhookMajor(applicationId, token),
        $"webhooks/{Id(applicationId)}/{TokenPlaceholder}?wait=true",
        Authenticated: false,
        GlobalLimitExempt: true);

    // Webhook routes are limited per webhook id + token. The key only lives in memory, but a hash keeps the
    // token itself out of any structure that might one day be logged.
    private static string WebhookMajor(ulong applicationId, string token) =>
        $"webhook:{Id(applicationId)}:{StringComparer.Ordinal.GetHashCode(token):x8}";

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
