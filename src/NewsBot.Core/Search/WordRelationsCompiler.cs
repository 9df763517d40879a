namespace NewsBot.Core.Search;

/// <summary>
/// Turns a table of words and their related words ("word&lt;TAB&gt;related related ...", as <c>tools/word-relations/extract_wordnet.py</c>
/// writes it) into the analysed form <see cref="WordRelations"/> loads: each word is run through
/// <see cref="NewsAnalyzer"/>, words that analyse to the same term are merged, and a term is never its own relative.
/// WordNet lists base forms, and the stemmer does not always bring an inflected form back to the base form's term
/// ("died" is "di", "die" is "die"), so the regular inflections of every word are analysed too. Done once at build time
/// (<c>tools/build-word-relations.sh</c>), so answering never analyses the table.
/// </summary>
internal static class WordRelationsCompiler
{
    public static int Compile(TextReader surface, TextWriter analysed)
    {
        var cache = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? Term(string word)
        {
            if (!cache.TryGetValue(word, out var term))
            {
                var tokens = TextAnalysis.Analyze(word);
                cache[word] = term = tokens.Count == 1 ? tokens[0].Term : null;
            }

            return term;
        }

        // A stop word, or anything that is not one word, has no terms at all (and so no inflections either).
        IEnumerable<string> Terms(string word) => Term(word) is null ? [] : Inflections(word).Select(Term).OfType<string>().Distinct(StringComparer.Ordinal);

        var table = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        while (surface.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            var heads = Terms(line[..tab]).ToList();
            var related = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(Terms).ToList();
            foreach (var head in heads)
            {
                // Every word gets a line, related words or not: the table doubles as the list of known English words.
                if (!table.TryGetValue(head, out var set))
                {
                    table[head] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(related.Where(term => !heads.Contains(term)));
            }
        }

        foreach (var (head, related) in table)
        {
            analysed.Write(head);
            analysed.Write('\t');
            analysed.WriteLine(string.Join(' ', related));
        }

        return table.Count;
    }

    /// <summary>
    /// The word and its regular inflections (plural or third person, past, -ing); spelling rules kept simple. Words that
    /// already look inflected ("closed", "closing") are left alone: "closeding" would stem to a term of its own.
    /// </summary>
    internal static IEnumerable<string> Inflections(string word)
    {
        yield return word;
        if (word.Length < 3 || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith('s'))
        {
            yield break;
        }

        var last = word[^1];
        var stem = last == 'e' ? word[..^1] : word;
        if (last == 'y' && !"aeiou".Contains(word[^2], StringComparison.Ordinal))
        {
            yield return word[..^1] + "ies";
            yield return word[..^1] + "ied";
        }
        else
        {
            yield return word + (last is 's' or 'x' or 'z' || word.EndsWith("sh", StringComparison.Ordinal) || word.EndsWith("ch", StringComparison.Ordinal) ? "es" : "s");
            yield return stem + "ed";
        }

        yield return (word.EndsWith("ie", StringComparison.Ordinal) ? word[..^2] + "y" : stem) + "ing";
    }
}
