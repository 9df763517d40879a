using NewsBot.Core.Articles.Text;

namespace NewsBot.Core.Articles.Formats;

/// <summary>
/// <c>.txt</c>: paragraphs are blank-line separated blocks (a block's lines stay one paragraph, joined by a line feed).
/// Debris lines are dropped first; then the first paragraph is the title when it reads like a headline, and it is not
/// repeated in the body. Otherwise the body is kept whole and the title is taken from its first line.
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

        if (paragraphs.Count > 1 && TitleRules.LooksLikeTitle(paragraphs[0]))
        {
            return ParsedFile.Single(new ArticleDraft(null, paragraphs[0], paragraphs.GetRange(1, paragraphs.Count - 1)));
        }

        return ParsedFile.Single(new ArticleDraft(null, TitleRules.FromText(paragraphs[0], fileId), paragraphs));
    }
}
