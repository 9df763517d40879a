namespace NewsBot.Discord;

/// <summary>Why the client stopped for good, and what the operator must change.</summary>
/// <param name="CloseCode">The gateway close code (4004, 4010–4014), or null for a REST 401 on <c>GET gateway/bot</c>.</param>
/// <param name="Message">One line naming the problem and the fix, e.g. which setting or portal switch to change.</param>
public sealed record DiscordFatalError(int? CloseCode, string Message);
