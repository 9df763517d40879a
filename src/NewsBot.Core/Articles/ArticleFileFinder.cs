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

    private static readonly EnumerationOptions OneFolder = new()
    {
        // An unreadable folder throws, so it is reported by name (and the rest of the source still read), not passed over.
        IgnoreInaccessible = false,
        MatchType = MatchType.Simple,
    };

    /// <summary>Folders deeper than this under a source are not read (a guard; links cannot loop, see <see cref="FilesUnder"/>).</summary>
    private const int MaximumDepth = 64;

    public static bool IsSupported(string path) => SupportedExtensions.Contains(Path.GetExtension(path));

    /// <summary>Full paths of supported files; a source that is itself a supported file is included; missing folders yield nothing.</summary>
    /// <param name="unreadable">Receives each folder that could not be listed (permissions, I/O error), with the reason.</param>
    public static IReadOnlyList<string> Find(IReadOnlyList<string> sources, ICollection<SkippedFile>? unreadable = null)
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

            var found = FilesUnder(full, unreadable).Where(IsSupported).Order(StringComparer.Ordinal);
            files.AddRange(found.Where(seen.Add));
        }

        return files;
    }

    /// <summary>
    /// Every file under <paramref name="root"/>, following linked folders but reading each folder once: a link back to
    /// a folder above it ("up" pointing at "..") would otherwise make the walk endless.
    /// </summary>
    private static IEnumerable<string> FilesUnder(string root, ICollection<SkippedFile>? unreadable)
    {
        var read = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Path, string Real, int Depth)>();
        pending.Push((root, RealPath(root, root), 0));
        while (pending.TryPop(out var folder))
        {
            if (!read.Add(folder.Real))
            {
                continue;
            }

            List<string> files, folders;
            try
            {
                files = [.. Directory.EnumerateFiles(folder.Path, "*", OneFolder)];
                folders = [.. Directory.EnumerateDirectories(folder.Path, "*", OneFolder)];
            }
            catch (DirectoryNotFoundException)
            {
                continue; // removed since it was listed: nothing was lost
            }
            catch (UnauthorizedAccessException)
            {
                unreadable?.Add(new SkippedFile(folder.Path, "folder could not be read (permission denied): its articles are not indexed"));
                continue;
            }
            catch (IOException exception)
            {
                unreadable?.Add(new SkippedFile(folder.Path, $"folder could not be read ({exception.Message}): its articles are not indexed"));
                continue;
            }

            foreach (var file in files)
            {
                yield return file;
            }

            if (folder.Depth < MaximumDepth)
            {
                foreach (var child in folders)
                {
                    pending.Push((child, RealPath(child, Path.Combine(folder.Real, Path.GetFileName(child))), folder.Depth + 1));
                }
            }
        }
    }

    /// <summary>Where a folder really is: a linked folder's final target, otherwise <paramref name="real"/> (its real parent plus its name).</summary>
    private static string RealPath(string folder, string real)
    {
        try
        {
            return Directory.ResolveLinkTarget(folder, returnFinalTarget: true) is { } target ? Path.GetFullPath(target.FullName) : real;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return real;
        }
    }

    /// <summary>The sources that are neither a folder nor a file, each reported as "folder not found".</summary>
    public static IReadOnlyList<SkippedFile> Missing(IReadOnlyList<string> sources) =>
        sources.Where(s => string.IsNullOrWhiteSpace(s) || !(Directory.Exists(s) || File.Exists(s)))
            .Select(s => new SkippedFile(string.IsNullOrWhiteSpace(s) ? s : Path.GetFullPath(s), "folder not found"))
            .ToList();
}
