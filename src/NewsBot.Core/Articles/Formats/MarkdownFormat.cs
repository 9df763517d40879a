using System.Net;
using NewsBot.Core.Articles.Text;

namespace NewsBot.Core.Articles.Formats;

/// <summary>
/// <c>.md</c>/<c>.markdown</c>: optional YAML front matter, then <c># Title</c> and blank-line separated paragraphs
/// (the shared corpora's format). The leading heading is the title, not body text. Markup a reader would not quote is
/// removed line by line: heading markers, list bullets (each item becomes its own paragraph), blockquote markers,
/// rules, code fences, images, link targets and bold markers (see <see cref="MarkdownInline"/>). The rest of each line is kept exactly, so gold answers copied from the source still match.
/// </summary>
internal static class MarkdownFormat
{
    public static ParsedFile Read(string text, string fileId)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var bodyStart = FrontMatter.TryRead(lines, out var frontMatter, out var problem);
        if (problem is not null)
        {
            return ParsedFile.Failed(problem);
        }

        string? heading = null;
        var first = bodyStart;
        while (first < lines.Length && string.IsNullOrWhiteSpace(lines[first]))
        {
            first++;
        }

        if (first < lines.Length && HeadingText(lines[first]) is { Level: 1 } h1)
        {
            heading = h1.Text;
            bodyStart = first + 1;
        }

        var paragraphs = TextCleaner.Clean(Blocks(lines.AsSpan(bodyStart)));
        var title = frontMatter?.Title ?? heading;
        if (title is null && paragraphs.Count > 1 && TitleRules.LooksLikeTitle(paragraphs[0]))
        {
            title = paragraphs[0];
            paragraphs.RemoveAt(0);
        }

        if (paragraphs.Count == 0)
        {
            return ParsedFile.Failed("no article text after the title");
        }

        title = WebUtility.HtmlDecode(title ?? TitleRules.FromText(paragraphs[0], fileId));
        return ParsedFile.Single(new ArticleDraft(frontMatter?.Id, title, paragraphs, frontMatter?.Url, frontMatter?.Date, frontMatter?.Author));
    }

    private static List<IReadOnlyList<string>> Blocks(ReadOnlySpan<string> lines)
    {
        var blocks = new List<IReadOnlyList<string>>();
        List<string>? current = null;
        var inFence = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                current = null;
                continue;
            }

            if (inFence)
            {
                continue; // Code is not article text.
            }

            if (line.Length == 0 || IsRule(line))
            {
                current = null;
                continue;
            }

            var heading = HeadingText(line);
            var item = ListItemText(line);
            if (heading is not null || item is not null)
            {
                current = null; // A heading or list item starts its own paragraph.
            }

            var content = MarkdownInline.Strip(heading?.Text ?? item ?? BlockquoteText(line));
            if (content.Length == 0)
            {
                continue;
            }

            if (current is null)
            {
                current = [];
                blocks.Add(current);
            }

            current.Add(content);
            if (heading is not null)
            {
                current = null;
            }
        }

        return blocks;
    }

    private static (int Level, string Text)? HeadingText(string line)
    {
        line = line.Trim();
        var level = 0;
        while (level < line.Length && line[level] == '#')
        {
            level++;
        }

        if (level is 0 or > 6 || (level < line.Length && line[level] != ' '))
        {
            return null;
        }

        return (level, line[level..].Trim().TrimEnd('#').TrimEnd());
    }

    private static string? ListItemText(string line)
    {
        if (line.Length > 2 && line[0] is '-' or '*' or '+' && line[1] == ' ')
        {
            return line[2..].Trim();
        }

        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits is > 0 and < 4 && line.Length > digits + 2 && line[digits] is '.' or ')' && line[digits + 1] == ' '
            ? line // The number stays: "2. Cut taxes" is how a reader would quote the item.
            : null;
    }

    private static string BlockquoteText(string line) => line.StartsWith('>') ? line.TrimStart('>', ' ') : line;

    private static bool IsRule(string line) =>
        line.Length >= 3 && (line.All(c => c is '-' or ' ') || line.All(c => c is '*' or ' ') || line.All(c => c is '_' or ' ') || line.All(c => c is '='));
}
