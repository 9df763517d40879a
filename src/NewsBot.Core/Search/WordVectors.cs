using System.Collections.Frozen;
using System.IO.Compression;
using System.Numerics;
using System.Text;

namespace NewsBot.Core.Search;

/// <summary>
/// Unit-length word vectors for the 50,000 commonest lower-case English words (GloVe 6B, 100 dimensions, quantised to
/// signed bytes; <c>tools/build-word-vectors.sh</c>, licence in <c>Search/Lexicon/GLOVE-LICENSE.txt</c>), so a
/// question word can be compared with a sentence word it does not share ("film" and "movie" are close, "film" and
/// "treaty" are not). Loaded once, on first use.
/// </summary>
internal sealed class WordVectors
{
    public const string ResourceName = "NewsBot.Core.WordVectors";

    private const float Scale = 127f * 127f;

    private static readonly Lazy<WordVectors> Shared = new(Load);

    /// <summary>No word of the table is longer (longer words are not looked up).</summary>
    public const int MaxWordLength = 64;

    private readonly FrozenDictionary<string, int> _rows;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanRows;
    private readonly sbyte[] _values;

    private WordVectors(FrozenDictionary<string, int> rows, sbyte[] values, int dimensions)
    {
        _rows = rows;
        _spanRows = rows.GetAlternateLookup<ReadOnlySpan<char>>();
        _values = values;
        Dimensions = dimensions;
    }

    public static WordVectors Default => Shared.Value;

    public int Dimensions { get; }

    public int Count => _rows.Count;

    /// <summary>The row of a lower-case word, or -1 when the table does not hold it.</summary>
    public int RowOf(string word) => _rows.TryGetValue(word, out var row) ? row : -1;

    /// <inheritdoc cref="RowOf(string)"/>
    public int RowOf(ReadOnlySpan<char> word) => _spanRows.TryGetValue(word, out var row) ? row : -1;

    /// <summary>Cosine similarity of two rows (about -1 to 1).</summary>
    public float Similarity(int a, int b)
    {
        var x = _values.AsSpan(a * Dimensions, Dimensions);
        var y = _values.AsSpan(b * Dimensions, Dimensions);
        var sums = Vector<int>.Zero;
        var i = 0;
        for (; i + Vector<sbyte>.Count <= x.Length; i += Vector<sbyte>.Count)
        {
            // sbyte products fit a short (127 * 127); widen again to add them up without overflow.
            Vector.Widen(new Vector<sbyte>(x[i..]), out var xLow, out var xHigh);
            Vector.Widen(new Vector<sbyte>(y[i..]), out var yLow, out var yHigh);
            Vector.Widen(xLow * yLow, out var p1, out var p2);
            Vector.Widen(xHigh * yHigh, out var p3, out var p4);
            sums += p1 + p2 + p3 + p4;
        }

        var sum = Vector.Sum(sums);
        for (; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }

        return sum / Scale;
    }

    private static WordVectors Load()
    {
        using var resource = typeof(WordVectors).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from NewsBot.Core.");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        return Read(gzip);
    }

    /// <summary>Reads "NBWV", the word count and dimensions (int32 each), the words (byte length + UTF-8), then the rows.</summary>
    internal static WordVectors Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (!reader.ReadBytes(4).AsSpan().SequenceEqual("NBWV"u8))
        {
            throw new InvalidDataException("Not a NewsBot word-vector table.");
        }

        var count = reader.ReadInt32();
        var dimensions = reader.ReadInt32();
        var rows = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var word = Encoding.UTF8.GetString(reader.ReadBytes(reader.ReadByte()));
            if (word.Length <= MaxWordLength)
            {
                rows.TryAdd(word, i);
            }
        }

        var bytes = reader.ReadBytes(count * dimensions);
        if (bytes.Length != count * dimensions)
        {
            throw new InvalidDataException("The word-vector table is cut short.");
        }

        return new WordVectors(rows.ToFrozenDictionary(StringComparer.Ordinal), (sbyte[])(Array)bytes, dimensions);
    }
}
