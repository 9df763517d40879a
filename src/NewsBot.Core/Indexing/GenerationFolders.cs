using System.Globalization;

namespace NewsBot.Core.Indexing;

/// <summary>
/// The layout under the index path: generation folders <c>gen-&lt;utc timestamp&gt;-&lt;random&gt;</c> and the
/// <c>CURRENT</c> file naming the live one. CURRENT is replaced by writing a temporary file and renaming it over the
/// old one, which is atomic, so a reader sees the old or the new generation, never half of one.
/// </summary>
internal sealed class GenerationFolders(string indexPath)
{
    public const string CurrentFileName = "CURRENT";
    private const string Prefix = "gen-";

    public string IndexPath { get; } = indexPath;

    public string CurrentFile => Path.Combine(IndexPath, CurrentFileName);

    public string NewGenerationPath(DateTimeOffset now) =>
        Path.Combine(IndexPath, string.Create(CultureInfo.InvariantCulture,
            $"{Prefix}{now.UtcDateTime:yyyyMMdd'T'HHmmssfff'Z'}-{Guid.NewGuid().ToString("N")[..8]}"));

    /// <summary>The live generation's folder, or null when CURRENT does not exist. Throws when CURRENT is unreadable.</summary>
    public string? ReadCurrent()
    {
        if (!File.Exists(CurrentFile))
        {
            return null;
        }

        var name = File.ReadAllText(CurrentFile).Trim();
        if (!name.StartsWith(Prefix, StringComparison.Ordinal) || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new IndexUnusableException($"{CurrentFile} does not name a generation folder");
        }

        return Path.Combine(IndexPath, name);
    }

    public void WriteCurrent(string generationPath)
    {
        var temporary = Path.Combine(IndexPath, $"{CurrentFileName}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temporary, Path.GetFileName(generationPath) + "\n");
        File.Move(temporary, CurrentFile, overwrite: true);
    }

    /// <summary>Deletes generation folders other than those in <paramref name="keep"/>, and temporary files (best effort).</summary>
    public void DeleteStale(IReadOnlyCollection<string> keep)
    {
        var kept = keep.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        if (!Directory.Exists(IndexPath))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(IndexPath, Prefix + "*"))
        {
            if (!kept.Contains(Path.GetFullPath(folder)))
            {
                TryDelete(folder);
            }
        }

        foreach (var file in Directory.EnumerateFiles(IndexPath, CurrentFileName + ".*.tmp"))
        {
            TryDeleteFile(file);
        }
    }

    public static bool TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Best effort: a folder still open elsewhere (Windows) is removed by a later start-up or reload.
            return false;
        }
    }

    public static long SizeOf(string folder)
    {
        try
        {
            return new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(file => file.Length);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static void TryDeleteFile(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Best effort, as above.
        }
    }
}
