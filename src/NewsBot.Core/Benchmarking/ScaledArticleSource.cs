using System.Globalization;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Benchmarking;

/// <summary>
/// The scaled benchmark workload (<c>../shared/data/bbc/scale.py</c>) without writing the copies to disk: the corpus
/// repeated <see cref="Scale"/> times, copy j of <c>&lt;slug&gt;.md</c> being the article <c>&lt;slug&gt;~j</c>.
/// <see cref="FindFiles"/> lists one virtual path per copy (<c>folder/&lt;slug&gt;~j.md</c>) in the defined reading
/// order (all of copy 0 in slug order, then copy 1, ...); <see cref="Load"/> reads and parses the original file again
/// with the real loader for every copy, so reading and parsing cost is paid k times, as with real files.
/// </summary>
public sealed class ScaledArticleSource : IArticleSource
{
    /// <summary>Separates the original id from the copy number, as in scale.py.</summary>
    public const char CopySeparator = '~';

    private readonly IArticleSource _inner;

    /// <param name="inner">The loader that reads the original files (the real <see cref="ArticleLoader"/> when measuring).</param>
    /// <param name="scale">How many copies of the corpus (k, at least 1).</param>
    public ScaledArticleSource(IArticleSource inner, int scale)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        _inner = inner;
        Scale = scale;
    }

    /// <summary>The scale factor k.</summary>
    public int Scale { get; }

    /// <summary>The id of copy <paramref name="copy"/> of the article <paramref name="id"/>: <c>id~copy</c>.</summary>
    public static string CopyId(string id, int copy) => string.Create(CultureInfo.InvariantCulture, $"{id}{CopySeparator}{copy}");

    /// <inheritdoc />
    public IReadOnlyList<string> FindFiles(IReadOnlyList<string> sourceFolders, ICollection<SkippedFile>? unreadableFolders = null)
    {
        var originals = _inner.FindFiles(sourceFolders, unreadableFolders);
        var files = new List<string>(originals.Count * Scale);
        for (var copy = 0; copy < Scale; copy++)
        {
            foreach (var original in originals)
            {
                files.Add(VirtualPath(original, copy));
            }
        }

        return files;
    }

    /// <inheritdoc />
    public ArticleLoadResult Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!TryParse(path, out var original, out var copy))
        {
            return new ArticleLoadResult(path, [], [new SkippedFile(path, $"not a copy of the scaled corpus (expected <name>~<0..{Scale - 1}>.<ext>)")]);
        }

        var loaded = _inner.Load(original);
        var articles = loaded.Articles.Select(article => article with { Id = CopyId(article.Id, copy), SourcePath = path }).ToList();
        var skipped = loaded.Skipped.Select(skip => skip with { Path = path }).ToList();
        return new ArticleLoadResult(path, articles, skipped);
    }

    private static string VirtualPath(string original, int copy)
    {
        var folder = Path.GetDirectoryName(original) ?? "";
        var name = CopyId(Path.GetFileNameWithoutExtension(original), copy) + Path.GetExtension(original);
        return Path.Combine(folder, name);
    }

    private bool TryParse(string path, out string original, out int copy)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        var separator = stem.LastIndexOf(CopySeparator);
        original = "";
        copy = -1;
        if (separator <= 0
            || !int.TryParse(stem.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out copy)
            || copy >= Scale)
        {
            return false;
        }

        original = Path.Combine(Path.GetDirectoryName(path) ?? "", stem[..separator] + Path.GetExtension(path));
        return true;
    }
}
