using System.Text;
using NewsBot.Core.Catalog;

namespace NewsBot.Bot.Rendering;

/// <summary><c>/article</c>: the title (linked), date, author, url and the first paragraph, escaped and within limits.</summary>
internal static class ArticleRenderer
{
    private const int MaxParagraph = 1200;

    public static string Render(ArticleSummary article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var builder = new StringBuilder("**").Append(ArticleLink.Markdown(article.Title, article.Url)).Append("**");
        var details = new List<string>();
        if (article.Date is { } date)
        {
            details.Add(ArticleLink.FormatDate(date));
        }

        if (!string.IsNullOrWhiteSpace(article.Author))
        {
            details.Add("by " + DiscordMarkdown.EscapeInline(PlainText.Shorten(article.Author.Trim(), 100)));
        }

        if (ArticleLink.SafeUrl(article.Url) is { } url)
        {
            details.Add("<" + url + ">");
        }

        if (details.Count > 0)
        {
            builder.Append('\n').Append(string.Join(" · ", details));
        }

        var paragraph = article.FirstParagraph.Trim();
        if (paragraph.Length > 0)
        {
            var shown = PlainText.Shorten(paragraph, MaxParagraph);
            var range = new NewsBot.Core.Articles.TextSpan(0, shown.Length);
            builder.Append('\n').Append(QuoteMarkdown.Render(shown, range, [], cutBefore: false, cutAfter: false));
        }

        var text = builder.ToString();
        return text.Length <= DiscordAnswerRenderer.MaxLength ? text : PlainText.Shorten(ArticleLink.Markdown(article.Title, null), 300);
    }

    public static string NotFound(string title) =>
        $"No article matches \"{DiscordMarkdown.EscapeInline(PlainText.Shorten(title, 150))}\". " +
        "Pick one of the suggestions while typing the title, or use `/search` or `/sources` to find it.";
}
