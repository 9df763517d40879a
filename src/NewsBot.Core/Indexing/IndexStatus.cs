namespace NewsBot.Core.Indexing;

/// <summary>What is serving now.</summary>
public sealed record IndexStatus(bool Ready, string Path, int Articles, int Passages, DateTimeOffset? BuiltAt, long SizeBytes);
