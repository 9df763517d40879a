using NewsBot.Core.Answering;
using NewsBot.Core.Articles;

namespace NewsBot.Tests.Bot.Support;

/// <summary>Throwaway values for bot tests.</summary>
internal static class Some
{
    /// <summary>A quote of <paramref name="text"/>, with each of <paramref name="highlighted"/> (first occurrence) as a highlight.</summary>
    public static Quote Quote(string text, string title = "A cybersecurity group thinks Russia is trying to hack the French election",
        string? url = null, DateTimeOffset? date = null, params string[] highlighted)
    {
        var highlights = new List<TextSpan>();
        foreach (var word in highlighted)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new ArgumentException($"'{word}' is not in the quote text.", nameof(highlighted));
            }

            highlights.Add(new TextSpan(at, at + word.Length));
        }

        return new Quote("article-1", title, url, date, text, 0, text.Length, highlights, 1.0);
    }

    public static Answer Answer(params Quote[] quotes) => new("question?", quotes, [], []);

    public static Answer NoAnswer(params string[] relatedTitles) => Core.Answering.Answer.NotFound("question?", relatedTitles, []);

    /// <summary>Sentences of about <paramref name="length"/> characters each, numbered so each one is unique.</summary>
    public static string Sentences(int count, int length = 100, string word = "election")
    {
        var sentences = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var sentence = $"Sentence number {i} talks about the {word}";
            while (sentence.Length < length - 1)
            {
                sentence += " and more words";
            }

            sentences.Add(sentence + ".");
        }

        return string.Join(' ', sentences);
    }
}
