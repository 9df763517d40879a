using System.Security.Cryptography;
using System.Text;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Support;

/// <summary>Throwaway values for tests: articles whose paragraph and sentence spans come from a simple ". " split.</summary>
internal static class Some
{
    public static Article Article(string id, string title, params string[] paragraphs) =>
        ArticleFrom(id, title, string.Join("\n\n", paragraphs), $"/test/{id}.txt");

    /// <summary>Builds an article from text whose paragraphs are separated by blank lines.</summary>
    public static Article ArticleFrom(string id, string title, string text, string sourcePath)
    {
        var paragraphs = new List<TextSpan>();
        var sentences = new List<TextSpan>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end;
            if (text[start..end].Trim().Length > 0)
            {
                paragraphs.Add(new TextSpan(start, end));
                AddSentences(text, start, end, sentences);
            }

            start = end + 2;
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n" + text)));
        return new Article(id, title, text, paragraphs, sentences, $"https://example.test/{id}", new DateTimeOffset(2017, 4, 25, 0, 0, 0, TimeSpan.Zero),
            "Test Author", hash, sourcePath);
    }

    private static void AddSentences(string text, int start, int end, List<TextSpan> sentences)
    {
        var sentenceStart = start;
        for (var i = start; i < end - 1; i++)
        {
            if (text[i] is '.' or '?' or '!' && text[i + 1] == ' ')
            {
                sentences.Add(new TextSpan(sentenceStart, i + 1));
                sentenceStart = i + 2;
            }
        }

        if (sentenceStart < end)
        {
            sentences.Add(new TextSpan(sentenceStart, end));
        }
    }
}
