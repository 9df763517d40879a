namespace NewsBot.Discord.Emulator;

/// <summary>A rate-limit bucket definition: <paramref name="Limit"/> requests per <paramref name="Window"/> per major parameter.</summary>
/// <param name="Limit">Requests allowed per window.</param>
/// <param name="Window">Length of the window.</param>
/// <param name="Bucket">Bucket hash shown in <c>X-RateLimit-Bucket</c>; routes sharing it share state. Null derives one from the route.</param>
public sealed record RouteRateLimit(int Limit, TimeSpan Window, string? Bucket = null);
