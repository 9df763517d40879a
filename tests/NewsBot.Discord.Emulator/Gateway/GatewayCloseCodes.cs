namespace NewsBot.Discord.Emulator.Gateway;

/// <summary>Gateway close codes from Discord's table.</summary>
internal static class GatewayCloseCodes
{
    public const int UnknownError = 4000;
    public const int UnknownOpcode = 4001;
    public const int DecodeError = 4002;
    public const int NotAuthenticated = 4003;
    public const int AuthenticationFailed = 4004;
    public const int AlreadyAuthenticated = 4005;
    public const int InvalidSequence = 4007;
    public const int RateLimited = 4008;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int ShardingRequired = 4011;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    /// <summary>Whether the server closing with <paramref name="code"/> ends the session rather than leaving it resumable.</summary>
    public static bool EndsSession(int code) =>
        code is 1000 or 1001 or NotAuthenticated or AuthenticationFailed or InvalidSequence or SessionTimedOut
            or (>= InvalidShard and <= DisallowedIntents);
}
