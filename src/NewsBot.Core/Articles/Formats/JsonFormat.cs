using System.Text.Json;

namespace NewsBot.Core.Articles.Formats;

/// <summary>
/// <c>.json</c> (one object, or an array of objects) and <c>.jsonl</c> (one object per line). Ids: the object's own
/// <c>id</c>, else the file name for a single object, <c>name#n</c> for the n-th (1-based) array item, and
/// <c>name#line</c> for JSON Lines (the line number, so ids stay put when a bad line is fixed or removed).
/// A bad record is reported and the good ones are kept.
/// </summary>
internal static class JsonFormat
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static ParsedFile ReadDocument(string text, string fileId)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException ex)
        {
            return ParsedFile.Failed($"malformed JSON at line {(ex.LineNumber ?? 0) + 1}: {FirstSentence(ex.Message)}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                var single = JsonArticleReader.Read(root, fileId, out var problem);
                return single is null ? ParsedFile.Failed($"the file {problem}") : ParsedFile.Single(single);
            }

            var drafts = new List<ArticleDraft>();
            var problems = new List<string>();
            var n = 0;
            foreach (var item in root.EnumerateArray())
            {
                n++;
                var draft = JsonArticleReader.Read(item, $"{fileId}#{n}", out var problem);
                if (draft is null)
                {
                    problems.Add($"item {n} {problem}");
                }
                else
                {
                    drafts.Add(draft);
                }
            }

            return n == 0 ? ParsedFile.Failed("the JSON array is empty") : new ParsedFile(drafts, problems);
        }
    }

    public static ParsedFile ReadLines(string text, string fileId)
    {
        var drafts = new List<ArticleDraft>();
        var problems = new List<string>();
        var lineNumber = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            lineNumber++;
            var line = text.AsSpan(range).Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line.ToString(), Options);
                var draft = JsonArticleReader.Read(document.RootElement, $"{fileId}#{lineNumber}", out var problem);
                if (draft is null)
                {
                    problems.Add($"line {lineNumber} {problem}");
                }
                else
                {
                    drafts.Add(draft);
                }
            }
            catch (JsonException ex)
            {
                problems.Add($"malformed JSON at line {lineNumber}: {FirstSentence(ex.Message)}");
            }
        }

        return drafts.Count == 0 && problems.Count == 0 ? ParsedFile.Failed("no JSON objects in the file") : new ParsedFile(drafts, problems);
    }

    // System.Text.Json messages end with "Path: $ | LineNumber: 0 | BytePositionInLine: 7."; the line is reported separately
    // (1-based, as an editor shows it).
    private static string FirstSentence(string message)
    {
        foreach (var marker in (ReadOnlySpan<string>)[" Path:", " LineNumber:"])
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return message.Trim();
    }
}
