using NewsBot.Core.Articles;

namespace NewsBot.Core.Indexing;

/// <summary>
/// The spans NewsBot indexes for an article: paragraphs and sentences cleaned of anything out of range, empty or
/// overlapping (the loader should never produce such spans, but a quote must never fall outside the text), and the
/// passages built from them.
/// </summary>
internal sealed record ArticleLayout(TextSpan[] Paragraphs, TextSpan[] Sentences, IReadOnlyList<Passage> Passages)
{
    public static ArticleLayout Of(Article article, int passageTargetLength = IndexSchema.PassageTargetLength)
    {
        var text = article.Text;
        var paragraphs = Clean(article.Paragraphs, text);
        if (paragraphs.Length == 0 && text.Trim().Length > 0)
        {
            paragraphs = [Trim(new TextSpan(0, text.Length), text)];
        }

        var sentences = Clean(article.Sentences, text);
        if (sentences.Length == 0)
        {
            sentences = paragraphs;
        }

        return new ArticleLayout(paragraphs, sentences, PassageSplitter.Split(paragraphs, sentences, passageTargetLength));
    }

    private static TextSpan[] Clean(IReadOnlyList<TextSpan> spans, string text)
    {
        var cleaned = new List<TextSpan>(spans.Count);
        foreach (var span in spans.OrderBy(span => span.Start))
        {
            if (span.Start < 0 || span.End > text.Length || span.End <= span.Start)
            {
                continue;
            }

            var trimmed = Trim(span, text);
            if (trimmed.Length == 0 || (cleaned.Count > 0 && cleaned[^1].End > trimmed.Start))
            {
                continue;
            }

            cleaned.Add(trimmed);
        }

        return [.. cleaned];
    }

    private static TextSpan Trim(TextSpan span, string text)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
