namespace NewsBot.Discord.Commands;

/// <summary>Where a (global) command can be used.</summary>
public enum InteractionContextType
{
    /// <summary>In guild channels.</summary>
    Guild = 0,

    /// <summary>In the bot's DM.</summary>
    BotDm = 1,

    /// <summary>In group DMs and other users' DMs (user-installed apps).</summary>
    PrivateChannel = 2,
}
