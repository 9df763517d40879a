using Lucene.Net.Search;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;

namespace NewsBot.Core.Answering;

/// <summary>
/// Chooses quotes at sentence level from the retrieved passages: describes every sentence holding a question term in
/// the paragraphs the hits fall in, ranks them with the trained <see cref="RankingModel"/>, declines when the abstention
/// model doubts the best one, and otherwise grows the best sentences into non-overlapping quotes (<see cref="QuoteWindow"/>),
/// never repeating the same text (duplicate articles included).
/// </summary>
internal sealed class QuoteSelector(int maxQuoteLength)
{
    /// <summary>A second or third quote must reach this share of the first one's probability.</summary>
    private const double FollowingQuoteRatio = 0.2;

    public sealed record Selection(IReadOnlyList<Quote> Quotes, IReadOnlyList<string> RelatedTitles, double Confidence);

    /// <summary>
    /// The candidates of a question, best first, with the statistics and profile its abstention features need (the
    /// profile as the candidates were described with it: see <see cref="CandidateCollector.Collect"/>).
    /// </summary>
    public static (List<SentenceCandidate> Ranked, TermStatistics Statistics, QuestionProfile Profile) Rank(IndexSnapshot snapshot, QuestionProfile profile, ScoreDoc[] hits)
    {
        var statistics = new TermStatistics(profile.Terms);
        (var candidates, profile) = CandidateCollector.Collect(snapshot, profile, statistics, hits);
        foreach (var candidate in candidates)
        {
            candidate.Score = RankingModel.SentenceScore(candidate.Features);
        }

        // Ties by article id, not document number, which depends on how the build's threads ran.
        candidates.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score)
            : !a.Article.Equals(b.Article) ? string.CompareOrdinal(a.Article.Id, b.Article.Id) : a.Sentence.CompareTo(b.Sentence));

        // The same sentence of a re-published story (same content hash) is one candidate: copies must not fill the
        // ranking, flatten the margin or look like evidence scattered over many articles.
        var seen = new HashSet<(string Story, int Sentence)>();
        candidates.RemoveAll(c => !seen.Add((c.Article.ContentHash, c.Sentence)));
        return (candidates, statistics, profile);
    }

    public Selection Select(IndexSnapshot snapshot, QuestionProfile profile, ScoreDoc[] hits, int maxQuotes)
    {
        (var ranked, var statistics, profile) = Rank(snapshot, profile, hits);
        var confidence = 0.0;
        if (ranked.Count == 0 || !RankingModel.Answers(AbstentionFeatures.Describe(statistics, profile, ranked), out confidence))
        {
            return new Selection([], RelatedTitles(ranked, hits, snapshot), confidence);
        }

        return new Selection(Choose(ranked, maxQuotes), [], confidence);
    }

    /// <summary>The quotes the ranked candidates make, best first: what <see cref="Select"/> shows once it decides to answer.</summary>
    public List<Quote> Choose(List<SentenceCandidate> ranked, int maxQuotes)
    {
        var quotes = new List<Quote>();
        var quoted = new List<(SnapshotArticle Article, TextSpan Span)>();
        var texts = new HashSet<string>(StringComparer.Ordinal);
        var floor = RankingModel.Probability(ranked[0].Score) * FollowingQuoteRatio;
        foreach (var candidate in ranked)
        {
            if (quotes.Count == maxQuotes || (quotes.Count > 0 && RankingModel.Probability(candidate.Score) < floor))
            {
                break;
            }

            var article = candidate.Article;
            // Copies of one story share a content hash: a span quoted from any copy blocks the same span in the others.
            bool Blocked(int sentence) => quoted.Any(q => q.Article.ContentHash == article.ContentHash && q.Span.Overlaps(article.Sentences[sentence]));
            if (Blocked(candidate.Sentence))
            {
                continue;
            }

            var span = QuoteWindow.Build(candidate, maxQuoteLength, Blocked);
            var quote = ToQuote(candidate, span, article.Text[span.Start..span.End]);

            // A long sentence trimmed to a short limit can lose every matched word: such a quote shows nothing asked for.
            if (quote.Highlights.Count > 0 && texts.Add(quote.Text))
            {
                quoted.Add((article, span));
                quotes.Add(quote);
            }
        }

        return quotes;
    }

    private static Quote ToQuote(SentenceCandidate candidate, TextSpan span, string text)
    {
        var articleText = candidate.Article.Text;
        var highlights = candidate.Evidence.Matches
            .SelectMany(pair => pair.Value)
            .Where(m => m.Start >= span.Start && m.End <= span.End)
            .Select(m => new TextSpan(m.Start - span.Start, WithoutPossessive(articleText, m) - span.Start))
            .Distinct()
            .OrderBy(h => h.Start)
            .ToList();
        var article = candidate.Article;
        return new Quote(article.Id, article.Title, article.Url, article.Date, text, span.Start, span.End, highlights,
            Math.Round(RankingModel.Probability(candidate.Score), 4),
            StartsMidSentence: !article.Sentences.Any(s => s.Start == span.Start),
            EndsMidSentence: !article.Sentences.Any(s => s.End == span.End));
    }

    /// <summary>The tokenizer keeps "Macron’s" whole (the possessive filter drops "’s" later): highlight just "Macron".</summary>
    private static int WithoutPossessive(string text, TermOccurrence match) =>
        match.End - match.Start > 2 && text[match.End - 1] is 's' or 'S' && text[match.End - 2] is '\'' or '’' ? match.End - 2 : match.End;

    private static List<string> RelatedTitles(List<SentenceCandidate> ranked, ScoreDoc[] hits, IndexSnapshot snapshot) =>
        ranked.Select(c => c.Article)
            .Concat(hits.Select(h => snapshot.PassagesByDoc[h.Doc]?.Article).OfType<SnapshotArticle>())
            .Select(article => article.Title)
            .Where(title => title.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Take(3)
            .ToList();
}
