using System.Text;
using NewsBot.Core.Articles;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// Turns a range of a quote's text into a Discord block quote: every line starts with <c>&gt; </c>, article text is
/// escaped, and the words that matched the question are bold. Bold markers are placed per line and never around
/// whitespace, so they are always balanced whatever range is shown.
/// </summary>
internal static class QuoteMarkdown
{
    public const string Ellipsis = "…";

    /// <param name="text">The whole quote text.</param>
    /// <param name="range">The part of it to show (whole sentences, or whole words when one sentence is too long).</param>
    /// <param name="highlights">Matched words, as offsets into <paramref name="text"/>.</param>
    /// <param name="cutBefore">Text before <paramref name="range"/> was left out: start with an ellipsis.</param>
    /// <param name="cutAfter">Text after <paramref name="range"/> was left out: end with an ellipsis.</param>
    public static string Render(string text, TextSpan range, IReadOnlyList<TextSpan> highlights, bool cutBefore, bool cutAfter)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(highlights);
        var bold = BoldSpans(text, range, highlights);
        var builder = new StringBuilder(range.Length + 32);
        builder.Append("> ");
        if (cutBefore)
        {
            builder.Append(Ellipsis);
        }

        var position = range.Start;
        var lineStart = !cutBefore;
        foreach (var span in bold)
        {
            AppendPlain(builder, text, position, span.Start, ref lineStart);
            builder.Append("**");
            DiscordMarkdown.Append(builder, text.AsSpan(span.Start, span.Length), atLineStart: false);
            builder.Append("**");
            lineStart = false;
            position = span.End;
        }

        AppendPlain(builder, text, position, range.End, ref lineStart);
        if (cutAfter)
        {
            builder.Append(Ellipsis);
        }

        return builder.ToString();
    }

    /// <summary>Appends escaped text, turning every line break into a new block-quote line.</summary>
    private static void AppendPlain(StringBuilder builder, string text, int start, int end, ref bool lineStart)
    {
        var position = start;
        while (position < end)
        {
            var newline = text.IndexOf('\n', position, end - position);
            var lineEnd = newline < 0 ? end : newline;
            var line = text.AsSpan(position, lineEnd - position).TrimEnd('\r');
            DiscordMarkdown.Append(builder, line, lineStart);
            if (newline < 0)
            {
                lineStart = lineStart && line.IsEmpty;
                return;
            }

            builder.Append("\n> ");
            lineStart = true;
            position = newline + 1;
        }
    }

    /// <summary>
    /// The highlights inside <paramref name="range"/>, clipped to it, trimmed of whitespace, split at line breaks,
    /// and merged when they touch (two bold runs side by side would read as <c>****</c>).
    /// </summary>
    internal static List<TextSpan> BoldSpans(string text, TextSpan range, IReadOnlyList<TextSpan> highlights)
    {
        var pieces = new List<TextSpan>();
        foreach (var highlight in highlights.OrderBy(h => h.Start))
        {
            var start = Math.Max(highlight.Start, range.Start);
            var end = Math.Min(highlight.End, range.End);
            var lineStart = start;
            for (var i = start; i <= end; i++)
            {
                if (i == end || text[i] == '\n')
                {
                    AddTrimmed(pieces, text, lineStart, i);
                    lineStart = i + 1;
                }
            }
        }

        var merged = new List<TextSpan>();
        foreach (var piece in pieces)
        {
            if (merged.Count > 0 && (piece.Start <= merged[^1].End || OnlySpacesBetween(text, merged[^1].End, piece.Start)))
            {
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, piece.End));
            }
            else
            {
                merged.Add(piece);
            }
        }

        return merged;
    }

    /// <summary>Neighbouring matched words on one line read better as one bold run: "**Macron campaign**".</summary>
    private static bool OnlySpacesBetween(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is not ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static void AddTrimmed(List<TextSpan> pieces, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            pieces.Add(new TextSpan(start, end));
        }
    }
}
