namespace NewsBot.Discord.Gateway;

/// <summary>Maps gateway close codes to resume / identify / stop, and spaces reconnect attempts.</summary>
internal static class ReconnectPolicy
{
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);

    /// <summary>Decides what follows a close with <paramref name="closeCode"/> (null: dropped without a close frame).</summary>
    public static ReconnectDecision Decide(int? closeCode) => closeCode switch
    {
        // 4003 not authenticated, 4007 invalid seq, 4009 session timed out: the session is gone.
        4003 or 4007 or 4009 => ReconnectDecision.Identify,

        // 4004 authentication failed: never reconnect, the token is wrong.
        4004 => ReconnectDecision.Fatal("Discord rejected the bot token (gateway close 4004 Authentication failed): reset the token in the Developer Portal (Bot → Reset Token) and set Discord__Token."),
        4010 => ReconnectDecision.Fatal("Discord rejected the shard (gateway close 4010 Invalid shard): check Discord:ShardIds and Discord:ShardCount (every id below the count), or remove both."),
        4011 => ReconnectDecision.Fatal("Discord requires more shards (gateway close 4011 Sharding required): raise Discord:ShardCount, or remove it to use the count Discord recommends."),
        4012 => ReconnectDecision.Fatal($"Discord rejected the gateway version (gateway close 4012 Invalid API version): this client speaks v10; set Discord:ApiBaseUrl to {DiscordOptions.DefaultApiBaseUrl} or remove it."),
        4013 => ReconnectDecision.Fatal("Discord rejected the intents (gateway close 4013 Invalid intents): this is a bug in NewsBot.Discord's intent value; set Discord:ReadMessages=false to run without the Message Content intent meanwhile."),
        4014 => ReconnectDecision.Fatal("Discord refused a privileged intent (gateway close 4014 Disallowed intents): enable the Message Content intent in the Developer Portal (Bot → Privileged Gateway Intents), or set Discord:ReadMessages=false."),

        // 4000-4002, 4005, 4008, 1000/1001 from the server, dropped connections, anything unknown: try to resume.
        _ => ReconnectDecision.Resume,
    };

    /// <summary>
    /// Delay before reconnect attempt <paramref name="attempt"/> (1-based): 1 s, 2 s, 4 s … capped at
    /// <see cref="MaxBackoff"/>, each scaled into [50 %, 100 %] by <paramref name="jitter"/> (uniform in [0,1)) so
    /// shards and processes do not reconnect in lockstep.
    /// </summary>
    public static TimeSpan Backoff(int attempt, double jitter)
    {
        if (attempt <= 0)
        {
            return TimeSpan.Zero;
        }

        var seconds = Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(attempt - 1, 16)));
        return TimeSpan.FromSeconds(seconds * (0.5 + (Math.Clamp(jitter, 0, 1) / 2)));
    }

    /// <summary>The 1–5 s random pause Discord asks for before identifying after an invalid session.</summary>
    public static TimeSpan InvalidSessionDelay(double jitter) => TimeSpan.FromSeconds(1 + (4 * Math.Clamp(jitter, 0, 1)));
}
