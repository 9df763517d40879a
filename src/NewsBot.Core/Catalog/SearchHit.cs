namespace NewsBot.Core.Catalog;

/// <summary>One ranked article for a keyword search, with a short snippet of exact article text.</summary>
public sealed record SearchHit(ArticleSummary Article, string Snippet, double Score);
