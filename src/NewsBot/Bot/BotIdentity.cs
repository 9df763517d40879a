using NewsBot.Discord.Models;

namespace NewsBot.Bot;

/// <summary>Who the bot is, learnt from READY: its user (to ignore its own messages and find its mention) and application.</summary>
internal sealed class BotIdentity
{
    private volatile DiscordUser? _user;

    public DiscordUser? User => _user;

    public ulong? UserId => _user?.Id;

    public string Name => _user is { } user ? user.GlobalName ?? user.Username : "NewsBot";

    public void Set(DiscordUser user) => _user = user ?? throw new ArgumentNullException(nameof(user));
}
