namespace NewsBot.Discord.Emulator;

/// <summary>The <c>X-RateLimit-Scope</c> of a 429.</summary>
public enum RateLimitScope
{
    /// <summary>The bot's own per-route limit.</summary>
    User,

    /// <summary>The bot's global limit (<c>X-RateLimit-Global: true</c>).</summary>
    Global,

    /// <summary>A resource-wide limit shared by everyone; does not count as an invalid request.</summary>
    Shared,
}
