namespace NewsBot.Discord.Models;

/// <summary>How many IDENTIFYs the bot may still start (RESUMEs are free).</summary>
/// <param name="Total">Allowed per window (usually 1000 per 24 h).</param>
/// <param name="Remaining">Left in this window; at 0 the client waits <paramref name="ResetAfter"/> ms.</param>
/// <param name="ResetAfter">Milliseconds until the window resets.</param>
/// <param name="MaxConcurrency">IDENTIFYs allowed per 5 s (per rate-limit key).</param>
public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
