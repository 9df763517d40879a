namespace NewsBot.Discord.Emulator.RateLimiting;

/// <summary>The limiter's verdict on one request and the headers to send with it.</summary>
internal sealed record RateLimitDecision(
    bool Allowed,
    string Bucket,
    int Limit,
    int Remaining,
    DateTimeOffset ResetAt,
    TimeSpan ResetAfter,
    RateLimitScope? Scope = null,
    TimeSpan RetryAfter = default,
    bool IncludeBucketHeaders = true);
