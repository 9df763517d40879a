using System.Collections.Frozen;
using System.IO.Compression;

namespace NewsBot.Core.Search;

/// <summary>
/// Words related in meaning to an analysed term ("shut" and "close", "die" and "death", "old" and "age"), as analysed
/// terms, from a table derived from WordNet 3.0 (<c>tools/build-word-relations.sh</c>; licence in
/// <c>Search/Lexicon/WORDNET-LICENSE.txt</c>). Answering uses them as weaker evidence than the question's own words,
/// never for retrieval. Every one-word WordNet lemma has an entry, related words or not, so the table also tells a
/// misspelling from an English word (<see cref="SpellingCorrector"/>). Loaded once, on first use, already analysed.
/// </summary>
internal static class WordRelations
{
    public const string ResourceName = "NewsBot.Core.WordRelations";

    private static readonly Lazy<FrozenDictionary<string, string[]>> Table = new(Load);

    public static int Count => Table.Value.Count;

    /// <summary>Whether <paramref name="term"/> (an analysed term) is the term of an English word WordNet knows.</summary>
    public static bool IsKnown(string term) => Table.Value.ContainsKey(term);

    /// <summary>The analysed terms related to <paramref name="term"/> (an analysed term), or none.</summary>
    public static IReadOnlyList<string> Of(string term) => Table.Value.TryGetValue(term, out var related) ? related : [];

    private static FrozenDictionary<string, string[]> Load()
    {
        using var resource = typeof(WordRelations).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from NewsBot.Core.");
        using var reader = new StreamReader(new GZipStream(resource, CompressionMode.Decompress));
        return Parse(reader);
    }

    /// <summary>Reads "term&lt;TAB&gt;related related ..." lines.</summary>
    internal static FrozenDictionary<string, string[]> Parse(TextReader reader)
    {
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                table[line[..tab]] = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
