using Lucene.Net.Search;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;

namespace NewsBot.Core.Answering;

/// <summary>
/// Turns retrieved passages into candidate sentences: reads the question's term occurrences in every passage of the
/// paragraphs the hits fall in (a paragraph is the context a sentence is judged in) and in the passages either side,
/// and describes each sentence of those paragraphs that holds a question term with <see cref="SentenceFeatures"/>.
/// </summary>
internal static class CandidateCollector
{
    /// <returns>The candidates, and the profile they were described with: for a question in lower case, with the names
    /// <see cref="NameGuess"/> found in the read sentences.</returns>
    public static (List<SentenceCandidate> Candidates, QuestionProfile Profile) Collect(
        IndexSnapshot snapshot, QuestionProfile profile, TermStatistics statistics, ScoreDoc[] hits)
    {
        var evidence = new Dictionary<SnapshotArticle, ArticleEvidence>();
        var paragraphs = new HashSet<(ArticleEvidence Evidence, int Paragraph)>();
        var inspected = new HashSet<SnapshotPassage>();
        var topScore = hits.Length > 0 ? Math.Max(hits[0].Score, float.Epsilon) : 1f;
        SnapshotPassage? top = null;
        foreach (var hit in hits)
        {
            if (snapshot.PassagesByDoc[hit.Doc] is not { } passage)
            {
                continue;
            }

            top ??= passage;
            if (!evidence.TryGetValue(passage.Article, out var articleEvidence))
            {
                evidence[passage.Article] = articleEvidence = new ArticleEvidence(passage.Article, TitleMask(passage.Article, profile));
            }

            articleEvidence.Retrieval.TryAdd(passage.Ordinal, hit.Score / topScore);
            var paragraph = ParagraphOf(passage.Article, passage.Start);
            if (paragraphs.Add((articleEvidence, paragraph)))
            {
                foreach (var member in PassagesOfParagraph(passage, paragraph))
                {
                    inspected.Add(member);
                }
            }

            // The passages either side too: a quote may grow across a paragraph break into them.
            foreach (var ordinal in new[] { passage.Ordinal - 1, passage.Ordinal + 1 })
            {
                if (ordinal >= 0 && ordinal < passage.Article.Passages.Count)
                {
                    inspected.Add(passage.Article.Passages[ordinal]);
                }
            }
        }

        var occurrences = TermOccurrenceReader.Read(snapshot, profile.Terms, inspected.Select(p => p.DocId));
        foreach (var passage in inspected)
        {
            var articleEvidence = evidence[passage.Article];
            var sentences = passage.Article.Sentences;
            for (var s = passage.FirstSentence; s < passage.FirstSentence + passage.SentenceCount; s++)
            {
                articleEvidence.Masks[s] = 0;
                articleEvidence.Matches[s] = [];
            }

            foreach (var occurrence in occurrences.GetValueOrDefault(passage.DocId) ?? [])
            {
                var s = SentenceAt(sentences, passage, occurrence.Start);
                if (occurrence.Related)
                {
                    articleEvidence.RelatedMasks[s] = articleEvidence.RelatedMasks.GetValueOrDefault(s) | (1u << occurrence.TermIndex);
                    continue;
                }

                articleEvidence.Masks[s] |= 1u << occurrence.TermIndex;
                articleEvidence.Matches[s].Add(occurrence);
            }
        }

        if (profile.Uncased)
        {
            profile = profile with { NameMask = NameGuess.From(profile, evidence.Values) };
        }

        var candidates = new List<SentenceCandidate>();
        var describer = new SentenceDescriber(profile, statistics);
        foreach (var (articleEvidence, paragraph) in paragraphs)
        {
            var (first, last) = SentenceRange(articleEvidence, paragraph);
            for (var s = first; s <= last; s++)
            {
                if (articleEvidence.MaskOf(s) != 0)
                {
                    var retrieval = RetrievalOf(articleEvidence, s);
                    var isTop = top is not null && top.Article == articleEvidence.Article
                        && s >= top.FirstSentence && s < top.FirstSentence + top.SentenceCount;
                    candidates.Add(new SentenceCandidate(articleEvidence, s, first, last,
                        describer.Describe(articleEvidence, s, first, last, retrieval, isTop)));
                }
            }
        }

        foreach (var candidate in candidates)
        {
            // Kept before normalising: how well the paragraph matches in absolute terms (abstention needs that).
            candidate.ParagraphMatch = statistics.TotalIdf > 0 ? candidate.Features[SentenceFeatures.RelativeToBest[1]] / (2.2 * statistics.TotalIdf) : 0;
        }

        foreach (var feature in SentenceFeatures.RelativeToBest)
        {
            var best = candidates.Count > 0 ? candidates.Max(c => c.Features[feature]) : 0;
            foreach (var candidate in candidates)
            {
                candidate.Features[feature] = best > 0 ? candidate.Features[feature] / best : 0;
            }
        }

        return (candidates, profile);
    }

    private static double RetrievalOf(ArticleEvidence evidence, int sentence)
    {
        foreach (var (ordinal, score) in evidence.Retrieval)
        {
            var passage = evidence.Article.Passages[ordinal];
            if (sentence >= passage.FirstSentence && sentence < passage.FirstSentence + passage.SentenceCount)
            {
                return score;
            }
        }

        return 0;
    }

    /// <summary>The first and last read sentences of a paragraph (-1 - passage ordinal stands for a passage outside every paragraph).</summary>
    private static (int First, int Last) SentenceRange(ArticleEvidence evidence, int paragraph)
    {
        var article = evidence.Article;
        var span = paragraph >= 0 ? article.Paragraphs[paragraph] : SpanOf(article.Passages[-1 - paragraph]);
        int first = int.MaxValue, last = -1;
        foreach (var s in evidence.Masks.Keys)
        {
            if (span.Contains(article.Sentences[s]))
            {
                first = Math.Min(first, s);
                last = Math.Max(last, s);
            }
        }

        return (first, last);
    }

    private static IEnumerable<SnapshotPassage> PassagesOfParagraph(SnapshotPassage passage, int paragraph)
    {
        if (paragraph < 0)
        {
            yield return passage;
            yield break;
        }

        var article = passage.Article;
        var span = article.Paragraphs[paragraph];
        var first = passage.Ordinal;
        while (first > 0 && span.Contains(SpanOf(article.Passages[first - 1])))
        {
            first--;
        }

        for (var o = first; o < article.Passages.Count && span.Contains(SpanOf(article.Passages[o])); o++)
        {
            yield return article.Passages[o];
        }
    }

    private static TextSpan SpanOf(SnapshotPassage passage) => new(passage.Start, passage.End);

    /// <summary>Index of the paragraph holding <paramref name="offset"/>, or -1 - passage ordinal when none does.</summary>
    private static int ParagraphOf(SnapshotArticle article, int offset)
    {
        var paragraphs = article.Paragraphs;
        int low = 0, high = paragraphs.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (paragraphs[mid].End <= offset)
            {
                low = mid + 1;
            }
            else if (paragraphs[mid].Start > offset)
            {
                high = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1 - article.Passages.First(p => p.Start <= offset && offset < p.End).Ordinal;
    }

    private static uint TitleMask(SnapshotArticle article, QuestionProfile profile)
    {
        uint mask = 0;
        for (var i = 0; i < profile.Terms.Count; i++)
        {
            if (article.TitleTerms.Contains(profile.Terms[i].Text))
            {
                mask |= 1u << i;
            }
        }

        return mask;
    }

    private static int SentenceAt(TextSpan[] sentences, SnapshotPassage passage, int offset)
    {
        var last = passage.FirstSentence + passage.SentenceCount - 1;
        for (var s = passage.FirstSentence; s < last; s++)
        {
            if (offset < sentences[s].End)
            {
                return s;
            }
        }

        return last;
    }
}
