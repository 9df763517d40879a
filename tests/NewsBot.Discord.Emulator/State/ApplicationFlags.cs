namespace NewsBot.Discord.Emulator.State;

/// <summary>Application flags for the privileged intents enabled in the emulated portal (the *_LIMITED variants of an unverified app).</summary>
internal static class ApplicationFlags
{
    public static long From(long enabledPrivilegedIntents)
    {
        long flags = 1L << 23; // APPLICATION_COMMAND_BADGE
        if ((enabledPrivilegedIntents & (1L << 8)) != 0)
        {
            flags |= 1L << 13; // GATEWAY_PRESENCE_LIMITED
        }

        if ((enabledPrivilegedIntents & (1L << 1)) != 0)
        {
            flags |= 1L << 15; // GATEWAY_GUILD_MEMBERS_LIMITED
        }

        if ((enabledPrivilegedIntents & (1L << 15)) != 0)
        {
            flags |= 1L << 19; // GATEWAY_MESSAGE_CONTENT_LIMITED
        }

        return flags;
    }
}
