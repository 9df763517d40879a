namespace NewsBot.Discord.Emulator;

/// <summary>
/// Route keys (<c>METHOD template</c>, template relative to <c>/api/v10/</c>) used to configure buckets, force faults and filter
/// recorded requests.
/// </summary>
public static class EmulatorRoutes
{
    /// <summary><c>GET gateway</c>.</summary>
    public const string GetGateway = "GET gateway";
    /// <summary><c>GET gateway/bot</c>.</summary>
    public const string GetGatewayBot = "GET gateway/bot";
    /// <summary><c>GET users/@me</c>.</summary>
    public const string GetCurrentUser = "GET users/@me";
    /// <summary><c>GET applications/@me</c>.</summary>
    public const string GetCurrentApplication = "GET applications/@me";
    /// <summary><c>POST users/@me/channels</c> (open a DM).</summary>
    public const string CreateDirectMessage = "POST users/@me/channels";
    /// <summary><c>GET channels/{channel_id}</c>.</summary>
    public const string GetChannel = "GET channels/{channel_id}";
    /// <summary><c>POST channels/{channel_id}/messages</c>.</summary>
    public const string CreateMessage = "POST channels/{channel_id}/messages";
    /// <summary><c>GET channels/{channel_id}/messages/{message_id}</c>.</summary>
    public const string GetMessage = "GET channels/{channel_id}/messages/{message_id}";
    /// <summary><c>PATCH channels/{channel_id}/messages/{message_id}</c>.</summary>
    public const string EditMessage = "PATCH channels/{channel_id}/messages/{message_id}";
    /// <summary><c>DELETE channels/{channel_id}/messages/{message_id}</c>.</summary>
    public const string DeleteMessage = "DELETE channels/{channel_id}/messages/{message_id}";
    /// <summary><c>POST channels/{channel_id}/typing</c>.</summary>
    public const string TriggerTyping = "POST channels/{channel_id}/typing";
    /// <summary><c>GET applications/{application_id}/commands</c>.</summary>
    public const string GetGlobalCommands = "GET applications/{application_id}/commands";
    /// <summary><c>POST applications/{application_id}/commands</c>.</summary>
    public const string CreateGlobalCommand = "POST applications/{application_id}/commands";
    /// <summary><c>PUT applications/{application_id}/commands</c> (bulk overwrite).</summary>
    public const string OverwriteGlobalCommands = "PUT applications/{application_id}/commands";
    /// <summary><c>GET applications/{application_id}/guilds/{guild_id}/commands</c>.</summary>
    public const string GetGuildCommands = "GET applications/{application_id}/guilds/{guild_id}/commands";
    /// <summary><c>POST applications/{application_id}/guilds/{guild_id}/commands</c>.</summary>
    public const string CreateGuildCommand = "POST applications/{application_id}/guilds/{guild_id}/commands";
    /// <summary><c>PUT applications/{application_id}/guilds/{guild_id}/commands</c> (bulk overwrite).</summary>
    public const string OverwriteGuildCommands = "PUT applications/{application_id}/guilds/{guild_id}/commands";
    /// <summary><c>POST interactions/{interaction_id}/{interaction_token}/callback</c>.</summary>
    public const string InteractionCallback = "POST interactions/{interaction_id}/{interaction_token}/callback";
    /// <summary><c>PATCH webhooks/{application_id}/{interaction_token}/messages/@original</c>.</summary>
    public const string EditOriginalResponse = "PATCH webhooks/{application_id}/{interaction_token}/messages/@original";
    /// <summary><c>POST webhooks/{application_id}/{interaction_token}</c> (follow-up).</summary>
    public const string CreateFollowUp = "POST webhooks/{application_id}/{interaction_token}";
}
