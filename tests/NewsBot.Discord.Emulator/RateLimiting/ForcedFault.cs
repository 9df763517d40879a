namespace NewsBot.Discord.Emulator.RateLimiting;

/// <summary>A fault a test queued for the next requests to a route (null route = any route).</summary>
internal sealed class ForcedFault
{
    public required string? RouteKey { get; init; }
    public required int Remaining { get; set; }
    public RateLimitScope? Scope { get; init; }
    public TimeSpan RetryAfter { get; init; }
    public int StatusCode { get; init; }

    public bool Matches(string routeKey) => RouteKey is null || string.Equals(RouteKey, routeKey, StringComparison.Ordinal);
}
