namespace NewsBot.Discord;

/// <summary>The gateway intents this library asks for.</summary>
internal static class GatewayIntents
{
    public const int Guilds = 1 << 0;
    public const int GuildMessages = 1 << 9;
    public const int DirectMessages = 1 << 12;

    /// <summary>Privileged: must be switched on in the Developer Portal, else the gateway closes with 4014.</summary>
    public const int MessageContent = 1 << 15;

    /// <summary>
    /// Without Message Content, Discord still fills in the text of messages that mention the bot and of DMs, so those keep
    /// working; only messages that do neither (an ask channel's) arrive without their text.
    /// </summary>
    public static int For(DiscordOptions options) =>
        Guilds | GuildMessages | DirectMessages | (options.ReadMessages ? MessageContent : 0);
}
