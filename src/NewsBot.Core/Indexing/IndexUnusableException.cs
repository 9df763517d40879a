namespace NewsBot.Core.Indexing;

/// <summary>The index on disk cannot serve (another schema version, missing generation, unreadable data); it must be rebuilt.</summary>
internal sealed class IndexUnusableException : Exception
{
    public IndexUnusableException()
    {
    }

    public IndexUnusableException(string message)
        : base(message)
    {
    }

    public IndexUnusableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
