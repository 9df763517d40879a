using NewsBot.Core.Indexing;
using NewsBot.Core.Search;

namespace NewsBot.Core.Answering;

/// <summary>
/// How close in meaning each question term comes to some word of a sentence (the best cosine of their word vectors),
/// so a sentence saying "movie" for the question's "film" is not judged as if the word were missing. Cached per
/// sentence and per word for one question.
/// </summary>
internal sealed class SoftTermMatcher(QuestionProfile profile)
{
    /// <summary>Rows this frequent (the commonest words: "the", "said", "also") carry no meaning worth matching.</summary>
    private const int CommonestRows = 100;

    private readonly Dictionary<(SnapshotArticle Article, int Sentence), float[]> _bySentence = [];

    /// <summary>Each sentence word's similarity to every question term, by word row: words recur across a paragraph.</summary>
    private readonly Dictionary<int, float[]> _byRow = [];

    /// <summary>For each question term, its best similarity (0..1) to a word of the sentence; 0 for a term without a vector.</summary>
    public float[] BestSimilarities(SnapshotArticle article, int sentence)
    {
        if (_bySentence.TryGetValue((article, sentence), out var cached))
        {
            return cached;
        }

        var span = article.Sentences[sentence];
        var best = Compare(article.Text.AsSpan(span.Start, span.Length));
        _bySentence[(article, sentence)] = best;
        return best;
    }

    /// <summary>For each question term, its best similarity (0..1) to a word of <paramref name="text"/>; 0 for a term without a vector.</summary>
    public float[] Compare(ReadOnlySpan<char> text)
    {
        var best = new float[profile.Terms.Count];
        var vectors = WordVectors.Default;
        Span<char> lower = stackalloc char[WordVectors.MaxWordLength];
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

            var word = lower[..(at - start)];
            text[start..at].ToLowerInvariant(word);
            var row = vectors.RowOf(word);
            if (row < CommonestRows)
            {
                continue;
            }

            if (!_byRow.TryGetValue(row, out var similarities))
            {
                _byRow[row] = similarities = new float[best.Length];
                for (var i = 0; i < best.Length; i++)
                {
                    similarities[i] = profile.VectorRows[i] >= 0 ? vectors.Similarity(profile.VectorRows[i], row) : 0;
                }
            }

            for (var i = 0; i < best.Length; i++)
            {
                best[i] = Math.Max(best[i], similarities[i]);
            }
        }

        return best;
    }
}
