namespace NewsBot.Core.Catalog;

/// <summary>One page of a longer result list: the items from <see cref="Offset"/> and how many there are in all.</summary>
public sealed record ResultPage<T>(IReadOnlyList<T> Items, int Offset, int Total);
