using NewsBot.Core.Indexing;
using NewsBot.Core.Search;

namespace NewsBot.Core.Catalog;

/// <summary>
/// Autocomplete for titles: titles starting with what was typed first, then titles whose words start with every
/// typed word, each group in title order; nothing typed lists the first titles. Case and accents do not matter
/// ("beyonce" suggests "Beyoncé").
/// </summary>
internal static class TitleSuggester
{
    private static readonly char[] WordSeparators = [' ', '\t', '\n', '-', ',', '.', ':', ';', '"', '\'', '‘', '’', '“', '”', '(', ')'];

    public static IReadOnlyList<ArticleSummary> Suggest(IReadOnlyList<SnapshotArticle> byTitle, string typed, int max)
    {
        typed = AccentFolding.Fold(typed.Trim());
        if (typed.Length == 0)
        {
            return [.. byTitle.Take(max).Select(article => article.Summary)];
        }

        var typedWords = Words(typed);
        var titles = byTitle.Select(article => (Article: article, Folded: AccentFolding.Fold(article.Title)));
        var prefixed = titles.Where(title => title.Folded.StartsWith(typed, StringComparison.OrdinalIgnoreCase));
        var worded = titles.Where(title => typedWords.Length > 0 && Words(title.Folded) is var titleWords
            && typedWords.All(word => titleWords.Any(titleWord => titleWord.StartsWith(word, StringComparison.OrdinalIgnoreCase))));
        return [.. prefixed.Concat(worded).Select(title => title.Article).Distinct().Take(max).Select(article => article.Summary)];
    }

    private static string[] Words(string text) => text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
}
