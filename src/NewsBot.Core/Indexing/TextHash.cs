namespace NewsBot.Core.Indexing;

/// <summary>
/// A stable 64-bit hash of text (FNV-1a over UTF-16 code units), stored with every passage so that copies of the same
/// passage (a story re-published under several ids) can be told apart from different passages without reading them.
/// Stable across processes and machines, unlike <see cref="string.GetHashCode()"/>.
/// </summary>
internal static class TextHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static long Of(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return unchecked((long)hash);
    }
}
