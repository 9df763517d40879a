using System.Numerics;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Answering;

/// <summary>
/// Grows a quote around its anchor sentence, one whole neighbouring sentence at a time, while it stays within the quote
/// limit: context that often holds the answer when the question's words sit in the next or previous sentence. The side
/// whose sentence holds more question terms grows first, then the side still in the anchor's paragraph, then the
/// following one. It crosses a paragraph break only into sentences that were read (news paragraphs are often one
/// sentence long). A single sentence longer than the limit is trimmed around its matches instead.
/// </summary>
internal static class QuoteWindow
{
    /// <param name="blocked">Sentences already quoted in this article: the window does not grow into them.</param>
    public static TextSpan Build(SentenceCandidate candidate, int maxLength, Func<int, bool> blocked)
    {
        var evidence = candidate.Evidence;
        var sentences = evidence.Article.Sentences;
        var anchor = sentences[candidate.Sentence];
        if (anchor.Length > maxLength)
        {
            var matches = evidence.Matches[candidate.Sentence];
            var firstMatch = matches.Count > 0 ? matches.Min(m => m.Start) : -1;
            return QuoteTrimmer.Trim(evidence.Article.Text, anchor, firstMatch, maxLength);
        }

        int first = candidate.Sentence, last = candidate.Sentence;
        while (true)
        {
            var canPrevious = evidence.Masks.ContainsKey(first - 1) && !blocked(first - 1) && sentences[last].End - sentences[first - 1].Start <= maxLength;
            var canNext = evidence.Masks.ContainsKey(last + 1) && !blocked(last + 1) && sentences[last + 1].End - sentences[first].Start <= maxLength;
            if (!canPrevious && !canNext)
            {
                break;
            }

            var previous = canPrevious ? Preference(candidate, first - 1) : -1;
            var next = canNext ? Preference(candidate, last + 1) : -1;
            if (next >= previous)
            {
                last++;
            }
            else
            {
                first--;
            }
        }

        return new TextSpan(sentences[first].Start, sentences[last].End);
    }

    private static double Preference(SentenceCandidate candidate, int sentence) =>
        BitOperations.PopCount(candidate.Evidence.MaskOf(sentence))
        + (sentence >= candidate.ParagraphFirst && sentence <= candidate.ParagraphLast ? 0.5 : 0);
}
