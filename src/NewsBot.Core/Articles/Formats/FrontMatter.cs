using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace NewsBot.Core.Articles.Formats;

/// <summary>The YAML front matter of a Markdown article (<c>---</c> ... <c>---</c>): title, url, date, author, id.</summary>
internal sealed record FrontMatter(string? Title, string? Url, DateTimeOffset? Date, string? Author, string? Id)
{
    /// <summary>
    /// Splits front matter off <paramref name="lines"/>. Returns the index of the first body line; a document without front
    /// matter (or with an opening <c>---</c> that never closes, which is a Markdown rule) starts at 0.
    /// <paramref name="problem"/> is set when the block is there but is not a valid YAML mapping.
    /// </summary>
    public static int TryRead(IReadOnlyList<string> lines, out FrontMatter? frontMatter, out string? problem)
    {
        frontMatter = null;
        problem = null;
        if (lines.Count == 0 || lines[0].TrimEnd() != "---")
        {
            return 0;
        }

        var close = -1;
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                close = i;
                break;
            }
        }

        if (close < 0)
        {
            return 0; // Not front matter but a thematic break: the whole file is Markdown.
        }

        try
        {
            var yaml = string.Join('\n', lines.Skip(1).Take(close - 1));
            // A deserializer per document: front matter is rare, and YamlDotNet does not promise a shared one is thread-safe.
            var map = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(yaml) ?? [];
            var fields = new Dictionary<string, object?>(map, StringComparer.OrdinalIgnoreCase);
            frontMatter = new FrontMatter(
                Title: Scalar(fields, "title"),
                Url: Scalar(fields, "url") ?? Scalar(fields, "link") ?? Scalar(fields, "canonical"),
                Date: DateParser.Parse(Scalar(fields, "date") ?? Scalar(fields, "published")),
                Author: Scalar(fields, "author") ?? Scalar(fields, "authors"),
                Id: Scalar(fields, "id"));
            return close + 1;
        }
        catch (YamlException ex)
        {
            // YamlDotNet wraps the useful message ("Expected 'MappingStart', got 'Scalar'") in a generic one.
            problem = $"malformed YAML front matter at line {ex.Start.Line + 1}: {(ex.InnerException ?? ex).Message}";
            return 0;
        }
    }

    // A scalar as text; a list (several authors) is joined with commas; anything else is ignored.
    private static string? Scalar(Dictionary<string, object?> fields, string key)
    {
        if (!fields.TryGetValue(key, out var value) || value is null)
        {
            return null;
        }

        var text = value switch
        {
            string s => s,
            IEnumerable<object?> list => string.Join(", ", list.OfType<string>()),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
