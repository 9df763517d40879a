namespace NewsBot.Core.Articles.Text;

/// <summary>
/// Turns raw text blocks into article paragraphs: drops debris lines (see <see cref="DebrisFilter"/>), trims each line,
/// and keeps the remaining lines of a block together, joined by a line feed, with their characters unchanged.
/// </summary>
internal static class TextCleaner
{
    /// <summary>Splits text into blank-line separated blocks of lines (CRLF and CR become LF).</summary>
    public static List<List<string>> SplitBlocks(string text)
    {
        var blocks = new List<List<string>>();
        List<string>? current = null;
        var normalized = text.ReplaceLineEndings("\n");
        foreach (var range in normalized.AsSpan().Split('\n'))
        {
            var line = normalized.AsSpan(range).Trim();
            if (line.IsEmpty)
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                blocks.Add(current);
            }

            current.Add(line.ToString());
        }

        return blocks;
    }

    /// <summary>The paragraphs of blocks once debris lines are removed; blocks left empty disappear.</summary>
    public static List<string> Clean(IEnumerable<IReadOnlyList<string>> blocks)
    {
        var paragraphs = new List<string>();
        foreach (var block in blocks)
        {
            var kept = block.Select(l => l.Trim()).Where(l => l.Length > 0 && !DebrisFilter.IsDebris(l)).ToList();
            if (kept.Count > 0)
            {
                paragraphs.Add(string.Join('\n', kept));
            }
        }

        return paragraphs;
    }

    /// <summary>Paragraph texts that are already one unit each (HTML blocks, JSON paragraphs), debris removed.</summary>
    public static List<string> CleanParagraphs(IEnumerable<string> paragraphs) =>
        Clean(paragraphs.Select(p => (IReadOnlyList<string>)p.Split('\n')));
}
