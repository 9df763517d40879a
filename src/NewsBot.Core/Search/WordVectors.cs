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

    /// <summary>No word of the table is longer: longer words need not be looked up.</summary>
    public const int MaxWordLength = 64;

    // Answering looks up every word of every candidate sentence, so the lookup hashes the text as it stands, folding
    // case on the way, into an open-addressing table of 64-bit hashes: no lower-cased copy, no string comparison.
    // Two different words sharing a 64-bit hash is too unlikely to matter (about 1 in 10^14 per lookup).
    private readonly ulong[] _hashes;
    private readonly int[] _slots; // row + 1, 0 for an empty slot
    private readonly sbyte[] _values;

    private WordVectors(IReadOnlyList<string> words, sbyte[] values, int dimensions)
    {
        _slots = new int[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(words.Count, 1) * 2)];
        _hashes = new ulong[_slots.Length];
        for (var row = 0; row < words.Count; row++)
        {
            var hash = Hash(words[row]);
            var slot = SlotOf(hash);
            if (_slots[slot] == 0)
            {
                (_slots[slot], _hashes[slot]) = (row + 1, hash);
                Count++;
            }
        }

        _values = values;
        Dimensions = dimensions;
    }

    public static WordVectors Default => Shared.Value;

    public int Dimensions { get; }

    /// <summary>Distinct words in the table.</summary>
    public int Count { get; }

    /// <summary>The row of a word in any case ("Film" finds "film"), or -1 when the table does not hold it.</summary>
    public int RowOf(ReadOnlySpan<char> word)
    {
        var slot = SlotOf(Hash(word));
        return _slots[slot] - 1;
    }

    /// <summary>The slot holding <paramref name="hash"/>, or the empty slot where it would go.</summary>
    private int SlotOf(ulong hash)
    {
        var mask = _slots.Length - 1;
        var slot = (int)(hash & (ulong)mask);
        while (_slots[slot] != 0 && _hashes[slot] != hash)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    /// <summary>FNV-1a over the word's characters in lower case.</summary>
    private static ulong Hash(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            var lower = c < 128 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
            hash = (hash ^ lower) * 1099511628211UL;
        }

        return hash;
    }

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
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = Encoding.UTF8.GetString(reader.ReadBytes(reader.ReadByte()));
        }

        var bytes = reader.ReadBytes(count * dimensions);
        if (bytes.Length != count * dimensions)
        {
            throw new InvalidDataException("The word-vector table is cut short.");
        }

        return new WordVectors(words, (sbyte[])(Array)bytes, dimensions);
    }
}
