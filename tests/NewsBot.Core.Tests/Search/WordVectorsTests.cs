using System.Text;
using NewsBot.Core.Search;

namespace NewsBot.Core.Tests.Search;

/// <summary>
/// The embedded GloVe table: words close in meaning ("film" and "movie") have close vectors, unrelated ones do not,
/// and a damaged table is refused with a reason rather than read as nonsense.
/// </summary>
public sealed class WordVectorsTests
{
    private static float Similarity(string a, string b)
    {
        var vectors = WordVectors.Default;
        var (x, y) = (vectors.RowOf(a), vectors.RowOf(b));
        Assert.True(x >= 0 && y >= 0, $"'{a}' or '{b}' is missing from the table");
        return vectors.Similarity(x, y);
    }

    [Fact]
    public void EmbeddedTable_HoldsTheCommonestWordsInFrequencyOrder()
    {
        var vectors = WordVectors.Default;

        Assert.Equal(50_000, vectors.Count);
        Assert.Equal(100, vectors.Dimensions);
        Assert.Equal(0, vectors.RowOf("the"));
        Assert.True(vectors.RowOf("film") < vectors.RowOf("vocalist"));
        Assert.Equal(-1, vectors.RowOf("xqzvnotaword"));
        Assert.Equal(-1, vectors.RowOf("1990")); // numbers are left out: a near year is not a near answer
        Assert.Equal(vectors.RowOf("singer"), vectors.RowOf("a singer".AsSpan(2)));
        Assert.Equal(vectors.RowOf("film"), vectors.RowOf("FILM"));
    }

    [Theory]
    [InlineData("film", "movie")]
    [InlineData("singer", "vocalist")]
    [InlineData("physician", "doctor")]
    [InlineData("carmaker", "automaker")]
    public void Similarity_WordsCloseInMeaning_IsHigh(string a, string b) => Assert.InRange(Similarity(a, b), 0.7f, 1f);

    [Theory]
    [InlineData("film", "treaty")]
    [InlineData("vocalist", "losses")]
    [InlineData("vocalist", "company")]
    public void Similarity_UnrelatedWords_IsLow(string a, string b) => Assert.InRange(Similarity(a, b), -1f, 0.2f);

    [Fact]
    public void Similarity_OfAWordWithItself_IsAboutOne() => Assert.InRange(Similarity("harbour", "harbour"), 0.99f, 1.01f);

    [Fact]
    public void Read_SomethingElse_IsRefused()
    {
        var error = Assert.Throws<InvalidDataException>(() => WordVectors.Read(new MemoryStream("PK\u0003\u0004 not a table"u8.ToArray())));

        Assert.Contains("Not a NewsBot word-vector table", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TableCutShort_IsRefused()
    {
        using var table = Table(3, ["one", "two"], [1, 2, 3, 4]); // two rows of three need six

        var error = Assert.Throws<InvalidDataException>(() => WordVectors.Read(table));

        Assert.Contains("cut short", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WellFormedTable_ReadsRowsAsUnitVectors()
    {
        using var table = Table(2, ["north", "école"], [127, 0, 0, 127]);

        var vectors = WordVectors.Read(table);

        Assert.Equal(2, vectors.Count);
        Assert.Equal(1, vectors.RowOf("École"));
        Assert.Equal(-1, vectors.RowOf("south"));
        Assert.Equal(1f, vectors.Similarity(0, 0), 3);
        Assert.Equal(0f, vectors.Similarity(0, 1), 3);
    }

    /// <summary>A table in the format <c>tools/word-vectors/convert_glove.py</c> writes, with the given rows.</summary>
    private static MemoryStream Table(int dimensions, string[] words, byte[] rows)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("NBWV"u8);
            writer.Write(words.Length);
            writer.Write(dimensions);
            foreach (var word in words)
            {
                var bytes = Encoding.UTF8.GetBytes(word);
                writer.Write((byte)bytes.Length);
                writer.Write(bytes);
            }

            writer.Write(rows);
        }

        stream.Position = 0;
        return stream;
    }
}
