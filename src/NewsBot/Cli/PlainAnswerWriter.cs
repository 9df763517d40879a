using System.Globalization;
using NewsBot.Core.Answering;

namespace NewsBot.Cli;

/// <summary>Prints an answer for a terminal: each quote as a block quote, then its source line; or the no-answer message.</summary>
internal static class PlainAnswerWriter
{
    public const string NoAnswerMessage = "The articles don't cover that.";

    public static void Write(TextWriter output, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(answer);
        foreach (var note in answer.Notes)
        {
            output.WriteLine($"({note})");
        }

        if (!answer.Answered)
        {
            output.WriteLine(NoAnswerMessage);
            if (answer.RelatedTitles.Count > 0)
            {
                output.WriteLine("Closest articles: " + string.Join("; ", answer.RelatedTitles));
            }

            return;
        }

        foreach (var quote in answer.Quotes)
        {
            // An ellipsis marks where a sentence too long for one quote was cut; the quote itself stays exact text.
            var text = (quote.StartsMidSentence ? "…" : "") + quote.Text + (quote.EndsMidSentence ? "…" : "");
            foreach (var line in text.Split('\n'))
            {
                output.WriteLine("> " + line.TrimEnd('\r'));
            }

            output.WriteLine("  — " + SourceLine(quote));
            output.WriteLine();
        }
    }

    public static string SourceLine(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var parts = new List<string> { quote.Title };
        if (quote.Date is { } date)
        {
            parts.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(quote.Url))
        {
            parts.Add(quote.Url);
        }

        return string.Join(" · ", parts);
    }
}
