namespace NewsBot.Discord.Emulator.Gateway;

/// <summary>Intent bits the emulator interprets (Discord's values).</summary>
internal static class GatewayIntents
{
    public const long Guilds = 1L << 0;
    public const long GuildMembers = 1L << 1;
    public const long GuildPresences = 1L << 8;
    public const long GuildMessages = 1L << 9;
    public const long GuildMessageTyping = 1L << 11;
    public const long DirectMessages = 1L << 12;
    public const long DirectMessageTyping = 1L << 14;
    public const long MessageContent = 1L << 15;

    public const long Privileged = GuildMembers | GuildPresences | MessageContent;

    /// <summary>Bits 0-16, 20, 21, 24 and 25 are defined; anything else closes with 4013.</summary>
    public const long Defined = ((1L << 17) - 1) | (1L << 20) | (1L << 21) | (1L << 24) | (1L << 25);
}
