namespace NewsBot.Core.Articles;

/// <summary>
/// Finds article files by extension under source folders, recursively: source by source in the configured order, each
/// source's files in ordinal path order. That order is the build's tie-break (two files with one article id: the first
/// one keeps it), so an operator decides which source wins by listing it first.
/// </summary>
internal static class ArticleFileFinder
{
    public static readonly IReadOnlySet<string> SupportedExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl",
    };

    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true, // An unreadable subfolder must not hide the rest of the source.
        MatchType = MatchType.Simple,
    };

    public static bool IsSupported(string path) => SupportedExtensions.Contains(Path.GetExtension(path));

    /// <summary>Full paths of supported files; a source that is itself a supported file is included; missing folders yield nothing.</summary>
    public static IReadOnlyList<string> Find(IReadOnlyList<string> sources)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal); // a file inside two listed sources is read once, for the first
        foreach (var source in sources)
        {
            if (string.IsNullOrWhiteSpace(source))
            {
                continue;
            }

            var full = Path.GetFullPath(source);
            if (File.Exists(full))
            {
                if (IsSupported(full) && seen.Add(full))
                {
                    files.Add(full);
                }

                continue;
            }

            if (!Directory.Exists(full))
            {
                continue;
            }

            var found = Directory.EnumerateFiles(full, "*", Recursive).Where(IsSupported).Order(StringComparer.Ordinal);
            files.AddRange(found.Where(seen.Add));
        }

        return files;
    }

    /// <summary>The sources that are neither a folder nor a file, each reported as "folder not found".</summary>
    public static IReadOnlyList<SkippedFile> Missing(IReadOnlyList<string> sources) =>
        sources.Where(s => string.IsNullOrWhiteSpace(s) || !(Directory.Exists(s) || File.Exists(s)))
            .Select(s => new SkippedFile(string.IsNullOrWhiteSpace(s) ? s : Path.GetFullPath(s), "folder not found"))
            .ToList();
}
