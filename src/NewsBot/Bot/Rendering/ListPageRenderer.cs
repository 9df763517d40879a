using System.Globalization;
using System.Text;
using NewsBot.Bot.Commands;
using NewsBot.Core.Catalog;
using NewsBot.Discord.Messages;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// The paged lists: <c>/search</c> results (ranked articles with a snippet) and <c>/sources</c> (titles), each with
/// Previous/Next buttons whose custom ids say which page they lead to (<see cref="PageCustomId"/>).
/// </summary>
internal static class ListPageRenderer
{
    public const int SearchPageSize = 5;
    public const int SourcesPageSize = 10;
    public const string SearchHeader = "Search: ";
    private const int MaxQueryShown = 200;

    public static int PageCount(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    /// <summary>Clamps a requested page to 1..last (an old button may point past a list that shrank after a reindex).</summary>
    public static int ClampPage(int page, int total, int pageSize) => Math.Clamp(page, 1, PageCount(total, pageSize));

    public static MessagePayload Search(string query, ResultPage<SearchHit> results, int page)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(results);
        var header = SearchHeader + DiscordMarkdown.EscapeInline(PlainText.Shorten(query, MaxQueryShown));
        if (results.Total == 0)
        {
            return MessagePayload.Text(header + "\nNo articles match that. Try other words, or `/sources` to see every title.");
        }

        var pages = PageCount(results.Total, SearchPageSize);
        foreach (var (snippet, links) in new[] { (240, true), (120, true), (120, false), (50, false) })
        {
            var builder = new StringBuilder(header).Append('\n')
                .Append(CultureInfo.InvariantCulture, $"Page {page} of {pages} · {Plural(results.Total, "article")}");
            for (var i = 0; i < results.Items.Count; i++)
            {
                var hit = results.Items[i];
                builder.Append(CultureInfo.InvariantCulture, $"\n\n**{results.Offset + i + 1}.** ")
                    .Append(ArticleLink.Markdown(hit.Article.Title, links ? hit.Article.Url : null));
                if (hit.Article.Date is { } date)
                {
                    builder.Append(" · ").Append(ArticleLink.FormatDate(date));
                }

                var text = PlainText.Shorten(Flatten(hit.Snippet), snippet);
                if (text.Length > 0)
                {
                    builder.Append("\n> ").Append(DiscordMarkdown.EscapeInline(text));
                }
            }

            if (builder.Length <= DiscordAnswerRenderer.MaxLength)
            {
                return new MessagePayload
                {
                    Content = builder.ToString(),
                    Components = [Buttons(PageCustomId.ForSearch(page - 1, query), PageCustomId.ForSearch(page + 1, query), page, pages)],
                };
            }
        }

        return MessagePayload.Text(header + "\nThe results are too long to show; try a shorter query.");
    }

    public static MessagePayload Sources(ResultPage<ArticleSummary> articles, int page)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Total == 0)
        {
            return MessagePayload.Text("No articles are indexed yet. An admin can run `/reindex`.");
        }

        var pages = PageCount(articles.Total, SourcesPageSize);
        foreach (var links in new[] { true, false })
        {
            var builder = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"{Plural(articles.Total, "article")} indexed · page {page} of {pages}");
            for (var i = 0; i < articles.Items.Count; i++)
            {
                var article = articles.Items[i];
                builder.Append(CultureInfo.InvariantCulture, $"\n**{articles.Offset + i + 1}.** ")
                    .Append(ArticleLink.Markdown(article.Title, links ? article.Url : null));
            }

            if (builder.Length <= DiscordAnswerRenderer.MaxLength)
            {
                return new MessagePayload
                {
                    Content = builder.ToString(),
                    Components = [Buttons(PageCustomId.ForSources(page - 1), PageCustomId.ForSources(page + 1), page, pages)],
                };
            }
        }

        return MessagePayload.Text($"{Plural(articles.Total, "article")} indexed; their titles are too long to list here.");
    }

    /// <summary>Reads the query back from a search message the bot wrote (for queries too long for a custom id).</summary>
    public static string? QueryFromContent(string? content)
    {
        if (content is null || !content.StartsWith(SearchHeader, StringComparison.Ordinal))
        {
            return null;
        }

        var end = content.IndexOf('\n', StringComparison.Ordinal);
        return DiscordMarkdown.Unescape(end < 0 ? content[SearchHeader.Length..] : content[SearchHeader.Length..end]);
    }

    public static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    private static ActionRow Buttons(string previousId, string nextId, int page, int pages) =>
        ActionRow.Of(
            Button.Create(previousId, "Previous") with { Disabled = page <= 1 },
            Button.Create(nextId, "Next") with { Disabled = page >= pages });

    private static string Flatten(string text) =>
        string.Join(' ', text.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
}
