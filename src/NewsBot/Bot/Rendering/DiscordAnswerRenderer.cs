using System.Text;
using NewsBot.Core.Answering;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// Renders an <see cref="Answer"/> as the content of one Discord message (pure functions; used by the bot and by
/// <c>newsbot chat</c>).
/// </summary>
/// <remarks>
/// Plain content, not embeds: block quotes with bold matched words read well on every client, masked links work in
/// content, and one 2000-character budget is simpler to respect than the per-field embed limits. Length is counted in
/// UTF-16 units, which is never less than Discord's code-point count, against <see cref="MaxLength"/> (below 2000 to
/// leave room for what a client may add). Too-long answers lose whole sentences first, then whole quotes, and only a
/// single over-long sentence is cut, at a word; markdown is generated from text ranges, so it is always balanced.
/// </remarks>
internal static class DiscordAnswerRenderer
{
    public const int MaxLength = 1900;
    public const string NoAnswerMessage = "The articles don't cover that.";
    public const string TooLongMessage = "The answer is too long to show in Discord; try a narrower question, or `/search`.";
    public const int MaxRelatedTitles = 5;
    private const int MaxNoteLength = 300;

    public static string Render(Answer answer, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 200);
        var notes = answer.Notes.Select(n => Italic(PlainText.Shorten(n, MaxNoteLength))).ToList();
        return answer.Answered ? RenderQuotes(answer, notes, maxLength) : RenderNoAnswer(answer, notes, maxLength);
    }

    /// <summary>The one-line hint for an empty or mention-only question (the bot name sits in a code span: shown literally).</summary>
    public static string AskHint(string botName)
    {
        var name = new string((botName ?? "NewsBot").Where(c => c != '`' && !char.IsControl(c)).ToArray());
        return $"Ask me a question about the news articles, e.g. `@{PlainText.Shorten(name, 40)} Which firm reported the attacks on Macron's campaign?`, or use `/ask`.";
    }

    private static string RenderQuotes(Answer answer, List<string> notes, int maxLength)
    {
        var layouts = answer.Quotes.Select(q => new QuoteLayout(q)).ToList();
        var omitted = 0;
        while (true)
        {
            var text = Compose(notes, layouts, omitted);
            if (text.Length <= maxLength)
            {
                return text;
            }

            // 1. Fewer sentences: from the longest quote that still has more than one.
            var longest = layouts.Where(l => l.CanDropSentence).OrderByDescending(l => l.Render().Length).FirstOrDefault();
            if (longest is not null)
            {
                longest.DropSentence();
                continue;
            }

            // 2. Fewer quotes: the last ones, keeping the best.
            if (layouts.Count > 1)
            {
                layouts.RemoveAt(layouts.Count - 1);
                omitted++;
                continue;
            }

            // 3. One quote of one sentence that is still too long: whole words around the matched ones.
            var overflow = text.Length - maxLength;
            var shown = layouts[0].Render().Length;
            layouts[0].CutToWords(Math.Max(40, (shown - overflow) * 9 / 10 - 120));
            var cut = Compose(notes, layouts, omitted);
            if (cut.Length <= maxLength)
            {
                return cut;
            }

            // Escaping can double the length of a symbol-heavy text: shrink the window until it fits.
            for (var window = Math.Max(40, (shown - overflow) / 2); window >= 20; window /= 2)
            {
                layouts[0].CutToWords(window);
                cut = Compose(notes, layouts, omitted);
                if (cut.Length <= maxLength)
                {
                    return cut;
                }
            }

            return TooLongMessage; // unreachable in practice: a 20-character window of text always fits
        }
    }

    private static string Compose(List<string> notes, List<QuoteLayout> layouts, int omitted)
    {
        var builder = new StringBuilder();
        foreach (var note in notes)
        {
            builder.Append(note).Append('\n');
        }

        for (var i = 0; i < layouts.Count; i++)
        {
            if (i > 0)
            {
                builder.Append("\n\n");
            }

            builder.Append(layouts[i].Render());
        }

        if (omitted > 0)
        {
            builder.Append("\n\n").Append(Italic($"{omitted} more {(omitted == 1 ? "quote" : "quotes")} left out to fit Discord's message limit."));
        }

        return builder.ToString();
    }

    private static string RenderNoAnswer(Answer answer, List<string> notes, int maxLength)
    {
        var builder = new StringBuilder();
        foreach (var note in notes)
        {
            builder.Append(note).Append('\n');
        }

        builder.Append(NoAnswerMessage);
        var titles = answer.RelatedTitles.Where(t => !string.IsNullOrWhiteSpace(t)).Take(MaxRelatedTitles).ToList();
        if (titles.Count > 0)
        {
            builder.Append(titles.Count == 1 ? " The closest article is:" : " The closest articles are:");
            foreach (var title in titles)
            {
                var line = "\n- " + ArticleLink.Markdown(title, url: null);
                if (builder.Length + line.Length > maxLength)
                {
                    break;
                }

                builder.Append(line);
            }
        }

        return builder.Length <= maxLength ? builder.ToString() : PlainText.Shorten(NoAnswerMessage, maxLength);
    }

    /// <summary>Italic via underscores around escaped text (escaped underscores inside cannot close it early).</summary>
    internal static string Italic(string text) => "_" + DiscordMarkdown.EscapeInline(text) + "_";
}
