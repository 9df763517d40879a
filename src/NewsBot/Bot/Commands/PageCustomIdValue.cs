namespace NewsBot.Bot.Commands;

/// <summary>A parsed <see cref="PageCustomId"/>: which list, which page, and the query or its hash (search only).</summary>
internal sealed record PageCustomIdValue(string Kind, int Page, string? Query, string? QueryHash);
