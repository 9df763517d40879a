using NewsBot.Core.Indexing;
using NewsBot.Core.Search;

namespace NewsBot.Core.Catalog;

/// <summary>
/// Browses the articles of the live <see cref="NewsIndex"/>: keyword search over passages grouped by article,
/// lookup by id or title, title suggestions and a title-ordered listing. Thread-safe; any input is safe.
/// </summary>
public sealed class ArticleCatalog(NewsIndex index) : IArticleCatalog
{
    /// <summary>A title lookup must match at least this share of the typed words.</summary>
    private const double TitleMatchShare = 0.5;

    public ResultPage<SearchHit> Search(string terms, int offset, int count)
    {
        offset = Math.Max(0, offset);
        count = Math.Max(0, count);
        return With(snapshot =>
        {
            var queryTerms = QueryTermExtractor.Extract(terms ?? "", snapshot.Reader, IndexSchema.PassageText, dropQuestionWords: false);
            var query = QueryBuilder.ForPassages(queryTerms, IndexSchema.PassageText, IndexSchema.PassageTitle);
            if (query is null)
            {
                return new ResultPage<SearchHit>([], offset, 0);
            }

            var collector = new PassageHitCollector(snapshot);
            snapshot.Searcher.Search(query, collector);
            var ranked = collector.BestByArticle
                .OrderByDescending(pair => pair.Value.Score)
                .ThenBy(pair => pair.Key.Title, StringComparer.OrdinalIgnoreCase)
                .ToList();
            var items = ranked.Skip(offset).Take(count)
                .Select(pair => new SearchHit(pair.Key.Summary, Snippet(pair.Value.Passage, queryTerms), pair.Value.Score))
                .ToList();
            return new ResultPage<SearchHit>(items, offset, ranked.Count);
        }, new ResultPage<SearchHit>([], offset, 0));
    }

    public ArticleSummary? FindArticle(string idOrTitle)
    {
        var typed = (idOrTitle ?? "").Trim();
        if (typed.Length == 0)
        {
            return null;
        }

        return With(snapshot =>
        {
            if (snapshot.FindById(typed) is { } byId)
            {
                return byId.Summary;
            }

            if (snapshot.ByTitle.FirstOrDefault(a => string.Equals(a.Title, typed, StringComparison.OrdinalIgnoreCase)) is { } exact)
            {
                return exact.Summary;
            }

            return BestTitleMatch(snapshot, typed)?.Summary;
        }, null);
    }

    public IReadOnlyList<ArticleSummary> SuggestTitles(string typed, int max) =>
        max <= 0 ? [] : With(snapshot => TitleSuggester.Suggest(snapshot.ByTitle, typed ?? "", max), []);

    public ResultPage<ArticleSummary> ListArticles(int offset, int count)
    {
        offset = Math.Max(0, offset);
        count = Math.Max(0, count);
        return With(snapshot => new ResultPage<ArticleSummary>(
                [.. snapshot.ByTitle.Skip(offset).Take(count).Select(article => article.Summary)], offset, snapshot.ByTitle.Count),
            new ResultPage<ArticleSummary>([], offset, 0));
    }

    private static SnapshotArticle? BestTitleMatch(IndexSnapshot snapshot, string typed)
    {
        var words = TextAnalysis.Analyze(typed).Select(token => token.Term).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        return snapshot.ByTitle
            .Select(article => (Article: article, Matched: words.Count(article.TitleTerms.Contains)))
            .Where(match => match.Matched >= Math.Max(1, words.Count * TitleMatchShare))
            .OrderByDescending(match => match.Matched)
            .ThenBy(match => match.Article.Title.Length)
            .Select(match => match.Article)
            .FirstOrDefault();
    }

    private static string Snippet(SnapshotPassage passage, IReadOnlyList<QueryTerm> terms)
    {
        var text = passage.Article.Text;
        var passageText = text[passage.Start..passage.End];
        var wanted = terms.Select(term => term.Text).ToHashSet(StringComparer.Ordinal);
        var first = TextAnalysis.Analyze(passageText).FirstOrDefault(token => wanted.Contains(token.Term));
        var firstMatch = first.Term is null ? -1 : passage.Start + first.Start;
        return SnippetBuilder.Build(text, passage.Start, passage.End, firstMatch);
    }

    private T With<T>(Func<IndexSnapshot, T> read, T whenNotReady)
    {
        var snapshot = index.AcquireSnapshot();
        if (snapshot is null)
        {
            return whenNotReady;
        }

        try
        {
            return read(snapshot);
        }
        finally
        {
            snapshot.Release();
        }
    }
}
