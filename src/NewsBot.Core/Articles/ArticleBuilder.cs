using System.Security.Cryptography;
using System.Text;
using NewsBot.Core.Articles.Formats;

namespace NewsBot.Core.Articles;

/// <summary>Joins a draft's paragraphs into <see cref="Article.Text"/> and computes the paragraph and sentence spans and the hash.</summary>
internal static class ArticleBuilder
{
    public const string ParagraphSeparator = "\n\n";

    public static Article Build(ArticleDraft draft, string fallbackId, string sourcePath)
    {
        var text = string.Join(ParagraphSeparator, draft.Paragraphs);
        var paragraphs = new List<TextSpan>(draft.Paragraphs.Count);
        var sentences = new List<TextSpan>(draft.Paragraphs.Count * 4);
        var start = 0;
        foreach (var paragraph in draft.Paragraphs)
        {
            var span = new TextSpan(start, start + paragraph.Length);
            paragraphs.Add(span);
            SentenceSplitter.Split(text, span, sentences);
            start = span.End + ParagraphSeparator.Length;
        }

        return new Article(
            Id: string.IsNullOrWhiteSpace(draft.Id) ? fallbackId : draft.Id,
            Title: draft.Title,
            Text: text,
            Paragraphs: paragraphs,
            Sentences: sentences,
            Url: draft.Url,
            Date: draft.Date,
            Author: draft.Author,
            ContentHash: ComputeHash(draft.Title, text),
            SourcePath: sourcePath);
    }

    /// <summary>Hex SHA-256 of the UTF-8 bytes of title + "\n" + text.</summary>
    public static string ComputeHash(string title, string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n" + text));
        return Convert.ToHexStringLower(hash);
    }
}
