using NewsBot.Core.Indexing;
using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Indexing;

/// <summary>
/// The snapshot reads articles on demand and derives each article's passages from its stored spans instead of reading
/// the passage documents: these tests pin that the derived passages are exactly the stored ones.
/// </summary>
public sealed class IndexSnapshotTests
{
    private static readonly string LongSentence = string.Join(", ", Enumerable.Range(1, 60).Select(i => $"clause number {i} of a very long sentence")) + ".";

    [Fact]
    public async Task PassagesByDoc_EveryDocument_MatchesTheStoredPassageDocument()
    {
        using var index = await BuildAsync();
        var snapshot = index.Index.AcquireSnapshot()!;
        try
        {
            var passages = 0;
            for (var docId = 0; docId < snapshot.Reader.MaxDoc; docId++)
            {
                var document = snapshot.Reader.Document(docId);
                var passage = snapshot.PassagesByDoc[docId];
                if (document.Get(IndexSchema.Kind) == IndexSchema.ArticleKind)
                {
                    Assert.Null(passage);
                    continue;
                }

                Assert.NotNull(passage);
                passages++;
                Assert.Equal(document.Get(IndexSchema.ArticleId), passage.Article.Id);
                Assert.Equal(document.GetField(IndexSchema.PassageOrdinal).GetInt32Value(), passage.Ordinal);
                Assert.Equal(document.GetField(IndexSchema.PassageStart).GetInt32Value(), passage.Start);
                Assert.Equal(document.GetField(IndexSchema.PassageEnd).GetInt32Value(), passage.End);
                Assert.Equal(document.GetField(IndexSchema.PassageFirstSentence).GetInt32Value(), passage.FirstSentence);
                var sentences = document.GetBinaryValue(IndexSchema.PassageSentences);
                Assert.Equal(SpanCodec.Decode(sentences.Bytes.AsSpan(sentences.Offset, sentences.Length), passage.Start).Length, passage.SentenceCount);
            }

            Assert.Equal(snapshot.PassageCount, passages);
        }
        finally
        {
            snapshot.Release();
        }
    }

    [Fact]
    public async Task Articles_ReadOnDemand_AreFoundByIdAndEqualAcrossReads()
    {
        using var index = await BuildAsync();
        var snapshot = index.Index.AcquireSnapshot()!;
        try
        {
            Assert.Equal(5, snapshot.ArticleCount);
            Assert.Equal(5, snapshot.Articles.Count);
            Assert.True(snapshot.FindById("huge")!.Text.Length > 32_768);
            var listed = snapshot.Articles.Single(a => a.Id == "long");
            var found = snapshot.FindById("long");

            Assert.NotNull(found);
            Assert.Equal(listed, found);
            Assert.Equal(listed.Text, found.Text);
            Assert.Equal(listed.Passages.Count, found.Passages.Count);
            Assert.Null(snapshot.FindById("missing"));
            Assert.Null(snapshot.PassagesByDoc[-1]);
            Assert.Null(snapshot.PassagesByDoc[snapshot.Reader.MaxDoc]);
        }
        finally
        {
            snapshot.Release();
        }
    }

    private static async Task<TestIndex> BuildAsync()
    {
        var index = new TestIndex().WithSeed()
            .WithArticle("long", "A long sentence", "Short opening. " + LongSentence + " Short ending.", "Second paragraph here.")
            .WithArticle("many", "Many sentences", string.Join(" ", Enumerable.Range(1, 80).Select(i => $"Sentence {i} is here.")))
            .WithArticle("one", "One line", "Only one line")
            .WithArticle("huge", "A huge article", [.. Enumerable.Range(1, 400).Select(i => $"Paragraph {i} of a huge article, well over the 32 KB a single doc value could once hold.")]);
        await index.BuildAsync();
        return index;
    }
}
