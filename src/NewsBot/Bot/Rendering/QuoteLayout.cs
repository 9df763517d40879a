using NewsBot.Core.Answering;
using NewsBot.Core.Articles;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// One quote while an answer is being fitted into a message: its sentences and which of them are still shown.
/// Shortening drops whole sentences from either end (keeping the ones with matched words), so what remains is still
/// a contiguous, word-for-word slice of the article.
/// </summary>
internal sealed class QuoteLayout
{
    private readonly IReadOnlyList<TextSpan> _sentences;
    private int _first;
    private int _last;
    private TextSpan? _wordWindow;

    public QuoteLayout(Quote quote)
    {
        Quote = quote;
        _sentences = Sentences(quote.Text);
        _first = 0;
        _last = _sentences.Count - 1;
    }

    public Quote Quote { get; }

    public bool CanDropSentence => _wordWindow is null && _last > _first;

    /// <summary>The block quote and its source line.</summary>
    public string Render()
    {
        var range = ShownRange;
        var whole = new TextSpan(0, Quote.Text.Length);
        var cutBefore = range.Start > FirstNonSpace(Quote.Text) || Quote.StartsMidSentence;
        var cutAfter = (range.End < whole.End && Quote.Text.AsSpan(range.End).Trim().Length > 0) || Quote.EndsMidSentence;
        return QuoteMarkdown.Render(Quote.Text, range, Quote.Highlights, cutBefore, cutAfter) + "\n" +
            ArticleLink.SourceLine(Quote.Title, Quote.Url, Quote.Date);
    }

    /// <summary>Drops the end sentence with fewer matched words (the last one on a tie).</summary>
    public void DropSentence()
    {
        if (!CanDropSentence)
        {
            return;
        }

        if (HighlightsIn(_sentences[_first]) < HighlightsIn(_sentences[_last]))
        {
            _first++;
        }
        else
        {
            _last--;
        }
    }

    /// <summary>
    /// Last resort for a single sentence too long for the message: show whole words only, starting shortly before the
    /// first matched word, at most <paramref name="maxLength"/> characters of article text.
    /// </summary>
    public void CutToWords(int maxLength)
    {
        var sentence = _wordWindow ?? _sentences[_first];
        var firstHighlight = Quote.Highlights.Where(h => h.Start >= sentence.Start && h.End <= sentence.End)
            .Select(h => h.Start).DefaultIfEmpty(sentence.Start).Min();
        var start = sentence.Start;
        if (firstHighlight - start > maxLength / 3)
        {
            // Start at a word boundary about a third of the window before the first matched word.
            start = firstHighlight - (maxLength / 3);
            while (start < firstHighlight && !char.IsWhiteSpace(Quote.Text[start - 1]))
            {
                start++;
            }
        }

        var end = PlainText.LastWordEnd(Quote.Text, start, Math.Min(sentence.End, start + Math.Max(maxLength, 1)));
        if (end <= start)
        {
            // One enormous "word" (a url, a run without spaces): nothing clean to show but its start.
            end = Math.Min(sentence.End, start + Math.Max(maxLength, 1));
            if (end < Quote.Text.Length && char.IsLowSurrogate(Quote.Text[end]))
            {
                end--;
            }
        }

        _wordWindow = new TextSpan(start, end);
    }

    private TextSpan ShownRange => _wordWindow ?? new TextSpan(_sentences[_first].Start, _sentences[_last].End);

    private int HighlightsIn(TextSpan sentence) => Quote.Highlights.Count(h => h.Overlaps(sentence));

    private static int FirstNonSpace(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The sentences of a quote (paragraphs are separated by blank lines, as in article text).</summary>
    internal static IReadOnlyList<TextSpan> Sentences(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        while (start <= text.Length)
        {
            var breakAt = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            var end = breakAt < 0 ? text.Length : breakAt;
            SentenceSplitter.Split(text.AsSpan(), new TextSpan(start, end), sentences);
            if (breakAt < 0)
            {
                break;
            }

            start = breakAt + 2;
        }

        if (sentences.Count == 0)
        {
            sentences.Add(new TextSpan(0, text.Length));
        }

        return sentences;
    }
}
