namespace NewsBot.Core.Indexing;

/// <summary>A passage document as cached by an <see cref="IndexSnapshot"/>: where it is in its article and which sentences it holds.</summary>
/// <param name="FirstSentence">Index of its first sentence in <see cref="SnapshotArticle.Sentences"/>.</param>
internal sealed record SnapshotPassage(int DocId, SnapshotArticle Article, int Ordinal, int Start, int End, int FirstSentence, int SentenceCount);
