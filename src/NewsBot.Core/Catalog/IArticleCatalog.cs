namespace NewsBot.Core.Catalog;

/// <summary>Browsing the indexed articles: keyword search, lookup by id or title, title suggestions, listing.</summary>
public interface IArticleCatalog
{
    ResultPage<SearchHit> Search(string terms, int offset, int count);

    /// <summary>Finds an article by exact id, then exact title (case-insensitive), then the best title match.</summary>
    ArticleSummary? FindArticle(string idOrTitle);

    /// <summary>Titles that match what has been typed so far (prefix and word matches first), for autocomplete.</summary>
    IReadOnlyList<ArticleSummary> SuggestTitles(string typed, int max);

    /// <summary>Articles in title order.</summary>
    ResultPage<ArticleSummary> ListArticles(int offset, int count);
}
