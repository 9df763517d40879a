using Lucene.Net.Search;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Core.Search;

namespace NewsBot.Core.Answering;

/// <summary>
/// Chooses quotes at sentence level from the retrieved passages: reads term occurrences of those passages and their
/// neighbours, scores every window of adjacent sentences, and keeps the best confident windows that neither overlap
/// nor repeat one another (identical text from duplicate articles included).
/// </summary>
internal sealed class QuoteSelector(int maxQuoteLength)
{
    public sealed record Selection(IReadOnlyList<Quote> Quotes, IReadOnlyList<string> RelatedTitles, double BestConfidence);

    public Selection Select(IndexSnapshot snapshot, IReadOnlyList<QueryTerm> terms, ScoreDoc[] hits, int maxQuotes)
    {
        var retrieved = new Dictionary<SnapshotArticle, Dictionary<int, double>>();
        var topScore = hits.Length > 0 ? Math.Max(hits[0].Score, float.Epsilon) : 1f;
        foreach (var hit in hits)
        {
            if (snapshot.PassagesByDoc[hit.Doc] is not { } passage)
            {
                continue;
            }

            if (!retrieved.TryGetValue(passage.Article, out var ordinals))
            {
                retrieved[passage.Article] = ordinals = [];
            }

            ordinals.TryAdd(passage.Ordinal, hit.Score / topScore);
        }

        var inspectedDocs = retrieved.SelectMany(pair => Neighbours(pair.Key, pair.Value.Keys)).ToList();
        var occurrences = TermOccurrenceReader.Read(snapshot, terms, inspectedDocs.Select(p => p.DocId));
        var windows = new CandidateWindows(terms, maxQuoteLength);
        var candidates = new List<QuoteCandidate>();
        foreach (var (article, ordinals) in retrieved)
        {
            var inspected = Neighbours(article, ordinals.Keys)
                .ToDictionary(p => p.Ordinal, p => occurrences.GetValueOrDefault(p.DocId) ?? []);
            candidates.AddRange(windows.For(article, ordinals, inspected));
        }

        candidates.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Span.Start.CompareTo(b.Span.Start));
        var best = candidates.Count > 0 ? candidates.Max(c => c.Confidence) : 0;
        var quotes = Choose(candidates, best, maxQuotes);
        var related = quotes.Count > 0 ? [] : RelatedTitles(candidates, retrieved.Keys);
        return new Selection(quotes, related, best);
    }

    private static List<Quote> Choose(List<QuoteCandidate> candidates, double best, int maxQuotes)
    {
        var chosen = new List<QuoteCandidate>();
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (chosen.Count == maxQuotes)
            {
                break;
            }

            var enough = candidate.Confidence >= SentenceScorer.AnswerThreshold
                && (chosen.Count == 0 || candidate.Confidence >= best * SentenceScorer.FollowingQuoteRatio);
            var overlaps = chosen.Any(c => c.Article == candidate.Article && c.Span.Overlaps(candidate.Span));
            if (enough && !overlaps && texts.Add(candidate.Article.Text[candidate.Span.Start..candidate.Span.End]))
            {
                chosen.Add(candidate);
            }
        }

        return chosen.ConvertAll(ToQuote);
    }

    private static Quote ToQuote(QuoteCandidate candidate)
    {
        var span = candidate.Span;
        var text = candidate.Article.Text;
        var highlights = candidate.Matches
            .Where(m => m.Start >= span.Start && m.End <= span.End)
            .Select(m => new TextSpan(m.Start - span.Start, WithoutPossessive(text, m) - span.Start))
            .Distinct()
            .OrderBy(h => h.Start)
            .ToList();
        var article = candidate.Article;
        return new Quote(article.Id, article.Title, article.Url, article.Date, article.Text[span.Start..span.End], span.Start, span.End,
            highlights, Math.Round(candidate.Score, 4));
    }

    /// <summary>The tokenizer keeps "Macron’s" whole (the possessive filter drops "’s" later): highlight just "Macron".</summary>
    private static int WithoutPossessive(string text, TermOccurrence match) =>
        match.End - match.Start > 2 && text[match.End - 1] is 's' or 'S' && text[match.End - 2] is '\'' or '’' ? match.End - 2 : match.End;

    private static List<string> RelatedTitles(List<QuoteCandidate> candidates, IEnumerable<SnapshotArticle> retrieved) =>
        candidates.Select(c => c.Article).Concat(retrieved)
            .Select(article => article.Title)
            .Where(title => title.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Take(3)
            .ToList();

    private static IEnumerable<SnapshotPassage> Neighbours(SnapshotArticle article, IEnumerable<int> ordinals) =>
        ordinals.SelectMany(o => new[] { o - 1, o, o + 1 })
            .Distinct()
            .Where(o => o >= 0 && o < article.Passages.Count)
            .Select(o => article.Passages[o]);
}
