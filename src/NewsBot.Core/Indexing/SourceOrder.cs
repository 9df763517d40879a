namespace NewsBot.Core.Indexing;

/// <summary>
/// A passage's place in the sources: the file's place in the listed file order (source by source, then path order),
/// the article's place in its file, the passage's place in its article, packed into one number. Retrieval breaks score
/// ties with it, so a rebuild answers alike however its threads happened to write the documents.
/// </summary>
internal static class SourceOrder
{
    private const int ArticleBits = 20;
    private const int PassageBits = 20;
    private const long Mask = (1L << 20) - 1;

    public static long Of(long fileOrder, int articleInFile, int passageOrdinal) =>
        (Math.Min(fileOrder, (1L << (63 - ArticleBits - PassageBits)) - 1) << (ArticleBits + PassageBits))
        | (Math.Min(articleInFile, Mask) << PassageBits)
        | Math.Min(passageOrdinal, Mask);
}
