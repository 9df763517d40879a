namespace NewsBot.Core.Catalog;

/// <summary>What the catalogue shows of an article without its full text.</summary>
public sealed record ArticleSummary(string Id, string Title, string? Url, DateTimeOffset? Date, string? Author, string FirstParagraph);
