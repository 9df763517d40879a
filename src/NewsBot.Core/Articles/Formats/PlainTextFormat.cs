using NewsBot.Core.Articles.Text;

namespace NewsBot.Core.Articles.Formats;

/// <summary>
/// <c>.txt</c>: paragraphs are blank-line separated blocks; a block's lines stay one paragraph, joined by a line feed
/// (a block of one-sentence lines is one paragraph of several sentences). Debris lines go first (see
/// <see cref="DebrisFilter"/>). The title is the first paragraph when it reads like a headline; when the text starts
/// with a block of navigation instead, the first headline before the prose is the title and what precedes it is dropped.
/// Between the title and the prose a byline becomes <see cref="Article.Author"/> and a "Published ..." line the date;
/// a trailer after the last prose paragraph ("Related Topics", "More on this story") is cut. Without a headline the body
/// is kept whole and the title is taken from its first line.
/// </summary>
internal static class PlainTextFormat
{
    public static ParsedFile Read(string text, string fileId)
    {
        var paragraphs = TextCleaner.Clean(TextCleaner.SplitBlocks(text));
        if (paragraphs.Count == 0)
        {
            return ParsedFile.Failed("no article text (only navigation or photo credits)");
        }

        var titleIndex = FindTitle(paragraphs);
        if (titleIndex < 0 || titleIndex == paragraphs.Count - 1)
        {
            return ParsedFile.Single(new ArticleDraft(null, TitleRules.FromText(paragraphs[0], fileId), paragraphs));
        }

        var title = paragraphs[titleIndex];
        var body = paragraphs.GetRange(titleIndex + 1, paragraphs.Count - titleIndex - 1);
        string? author = null;
        DateTimeOffset? date = null;
        for (var i = 0; i < body.Count && !PastedPage.IsProse(body[i]);)
        {
            if (PastedPage.Byline(body[i]) is { } name && author is null)
            {
                author = name;
                body.RemoveAt(i);
            }
            else if (PastedPage.IsPublicationLine(body[i]))
            {
                date ??= DateParser.Parse(PastedPage.PublicationDateText(body[i]));
                body.RemoveAt(i);
            }
            else
            {
                i++;
            }
        }

        CutTrailer(body);
        return body.Count == 0
            ? ParsedFile.Failed("no article text after the title")
            : ParsedFile.Single(new ArticleDraft(null, title, body, Date: date, Author: author));
    }

    private static int FindTitle(List<string> paragraphs)
    {
        if (TitleRules.LooksLikeTitle(paragraphs[0]) && PastedPage.Byline(paragraphs[0]) is null)
        {
            return 0;
        }

        for (var i = 1; i < paragraphs.Count && !PastedPage.IsProse(paragraphs[i]); i++)
        {
            if (PastedPage.IsHeadline(paragraphs[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static void CutTrailer(List<string> body)
    {
        var lastProse = body.FindLastIndex(PastedPage.IsProse);
        if (lastProse < 0)
        {
            return;
        }

        var trailer = body.FindIndex(lastProse + 1, PastedPage.IsTrailerHeading);
        if (trailer > 0)
        {
            body.RemoveRange(trailer, body.Count - trailer);
        }
    }
}
