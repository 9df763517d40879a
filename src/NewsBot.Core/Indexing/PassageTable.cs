namespace NewsBot.Core.Indexing;

/// <summary>
/// The passage of each document id of an <see cref="IndexSnapshot"/> (null for article documents), found on demand:
/// an article's passages are the documents right after its article document (one block per article).
/// </summary>
internal sealed class PassageTable(IndexSnapshot snapshot, int length)
{
    /// <summary>The number of document ids (the reader's MaxDoc).</summary>
    public int Length { get; } = length;

    public SnapshotPassage? this[int docId] => snapshot.PassageAt(docId);
}
