using System.Globalization;
using System.Text.Json;
using NewsBot.Core.Articles.Text;

namespace NewsBot.Core.Articles.Formats;

/// <summary>
/// Turns one JSON object into an article: <c>title</c>, the text in <c>text</c>, <c>body</c> or <c>content</c> (a string,
/// or an array of paragraph strings), and optional <c>url</c>, <c>date</c>, <c>author</c>, <c>id</c>. Field names are
/// matched without regard to case. A string text is split into paragraphs at blank lines, or at every line break when
/// it has no blank lines (the usual shape of scraped JSON).
/// </summary>
internal static class JsonArticleReader
{
    private static readonly string[] TextFields = ["text", "body", "content"];

    /// <summary>The article in <paramref name="element"/>, or null with <paramref name="problem"/> saying why not.</summary>
    public static ArticleDraft? Read(JsonElement element, string? fallbackId, out string? problem)
    {
        problem = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            problem = $"is not a JSON object (it is {KindName(element.ValueKind)})";
            return null;
        }

        var fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject())
        {
            fields.TryAdd(property.Name, property.Value);
        }

        var rawParagraphs = TextFields.Select(f => Paragraphs(fields, f)).FirstOrDefault(p => p is { Count: > 0 });
        if (rawParagraphs is null)
        {
            problem = "has no text (expected a non-empty 'text', 'body' or 'content' field)";
            return null;
        }

        var paragraphs = TextCleaner.CleanParagraphs(rawParagraphs);
        if (paragraphs.Count == 0)
        {
            problem = "has no article text once navigation and photo credits are removed";
            return null;
        }

        var id = Scalar(fields, "id") ?? fallbackId;
        var title = Scalar(fields, "title") ?? Scalar(fields, "headline") ?? TitleRules.FromText(paragraphs[0], id ?? "untitled");
        var date = fields.TryGetValue("date", out var d) && d.ValueKind == JsonValueKind.Number && d.TryGetInt64(out var unix)
            ? DateParser.FromUnix(unix)
            : DateParser.Parse(Scalar(fields, "date") ?? Scalar(fields, "published") ?? Scalar(fields, "published_at"));
        return new ArticleDraft(id, title, paragraphs, Scalar(fields, "url") ?? Scalar(fields, "link"), date, Author(fields));
    }

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static List<string>? Paragraphs(Dictionary<string, JsonElement> fields, string name)
    {
        if (!fields.TryGetValue(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            return value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String)
                .SelectMany(v => SplitText(v.GetString()!)).ToList();
        }

        return value.ValueKind == JsonValueKind.String ? SplitText(value.GetString()!) : null;
    }

    private static List<string> SplitText(string text)
    {
        var blocks = TextCleaner.SplitBlocks(text);
        return blocks.Count == 1 ? blocks[0] : blocks.Select(b => string.Join('\n', b)).ToList();
    }

    private static string? Author(Dictionary<string, JsonElement> fields)
    {
        if (fields.TryGetValue("author", out var value) && value.ValueKind == JsonValueKind.Array)
        {
            var names = value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : null).OfType<string>();
            var joined = string.Join(", ", names);
            return joined.Length > 0 ? joined : null;
        }

        return Scalar(fields, "author");
    }

    private static string? Scalar(Dictionary<string, JsonElement> fields, string name)
    {
        if (!fields.TryGetValue(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
