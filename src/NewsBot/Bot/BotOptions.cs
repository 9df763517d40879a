namespace NewsBot.Bot;

/// <summary>
/// What the bot itself reads from the <c>Discord</c> section (the connection settings are the client library's
/// <see cref="NewsBot.Discord.DiscordOptions"/>): where plain messages count as questions and who may run admin commands.
/// </summary>
internal sealed class BotOptions
{
    public const string SectionName = "Discord";

    /// <summary>Channels where every message is a question, without mentioning the bot.</summary>
    public List<ulong> AskChannelIds { get; set; } = [];

    /// <summary>Users allowed to run <c>/reindex</c> and <c>/status</c> regardless of their server permissions.</summary>
    public List<ulong> AdminUserIds { get; set; } = [];

    /// <summary>Roles whose members may run <c>/reindex</c> and <c>/status</c>.</summary>
    public List<ulong> AdminRoleIds { get; set; } = [];
}
