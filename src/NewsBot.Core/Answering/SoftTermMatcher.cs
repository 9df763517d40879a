using NewsBot.Core.Indexing;
using NewsBot.Core.Search;

namespace NewsBot.Core.Answering;

/// <summary>
/// How close in meaning a question term comes to some word of a sentence (the best cosine of their word vectors), so a
/// sentence saying "singer" for the question's "vocalist" is not judged as if the word were missing. Computed only when
/// asked (a term the sentence holds needs none) and cached for one question: per sentence, its words' rows and each
/// term's best.
/// </summary>
internal sealed class SoftTermMatcher(QuestionProfile profile)
{
    /// <summary>Rows this frequent (the commonest words: "the", "said", "also") carry no meaning worth matching.</summary>
    private const int CommonestRows = 100;

    private readonly Dictionary<(SnapshotArticle Article, int Sentence), (int[] Rows, float[] Best)> _bySentence = [];

    /// <summary>The best similarity (0..1) of question term <paramref name="term"/> to a word of the sentence; 0 without a vector.</summary>
    public float BestSimilarity(SnapshotArticle article, int sentence, int term)
    {
        if (profile.VectorRows[term] < 0)
        {
            return 0;
        }

        if (!_bySentence.TryGetValue((article, sentence), out var entry))
        {
            var span = article.Sentences[sentence];
            var best = new float[profile.Terms.Count];
            best.AsSpan().Fill(float.NaN);
            _bySentence[(article, sentence)] = entry = (RowsOf(article.Text.AsSpan(span.Start, span.Length)), best);
        }

        if (float.IsNaN(entry.Best[term]))
        {
            entry.Best[term] = Best(entry.Rows, term);
        }

        return entry.Best[term];
    }

    /// <summary>For each question term, its best similarity (0..1) to a word of <paramref name="text"/>; 0 for a term without a vector.</summary>
    public float[] Compare(ReadOnlySpan<char> text)
    {
        var rows = RowsOf(text);
        var best = new float[profile.Terms.Count];
        for (var i = 0; i < best.Length; i++)
        {
            best[i] = profile.VectorRows[i] < 0 ? 0 : Best(rows, i);
        }

        return best;
    }

    private float Best(int[] rows, int term)
    {
        // A dot product of 100 bytes costs less than looking up a cached one.
        var vectors = WordVectors.Default;
        var best = 0f;
        foreach (var row in rows)
        {
            best = Math.Max(best, vectors.Similarity(profile.VectorRows[term], row));
        }

        return best;
    }

    /// <summary>The table rows of the text's words worth comparing (three letters or more, not among the commonest).</summary>
    private static int[] RowsOf(ReadOnlySpan<char> text)
    {
        var vectors = WordVectors.Default;
        var rows = new List<int>();
        var at = 0;
        while (at < text.Length)
        {
            if (!char.IsLetterOrDigit(text[at]))
            {
                at++;
                continue;
            }

            var start = at;
            while (at < text.Length && char.IsLetterOrDigit(text[at]))
            {
                at++;
            }

            // Words of one or two letters are function words or initials: nothing to compare.
            if (at - start is < 3 or > WordVectors.MaxWordLength)
            {
                continue;
            }

            var row = vectors.RowOf(text[start..at]);
            if (row >= CommonestRows)
            {
                rows.Add(row);
            }
        }

        return [.. rows];
    }
}
