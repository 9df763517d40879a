using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Support;

/// <summary>
/// An <see cref="IArticleSource"/> over <c>*.txt</c> files in real folders (first paragraph = title, file name = id),
/// so source folders can go missing, change between builds or make loading fail on purpose.
/// </summary>
internal sealed class FakeArticleSource : IArticleSource
{
    /// <summary>Thrown from <see cref="Load"/> when set (simulates a broken loader or disk).</summary>
    public Exception? FailWith { get; set; }

    /// <summary>Slows every file down (lets tests overlap a build with other work).</summary>
    public TimeSpan DelayPerFile { get; set; }

    private readonly ManualResetEventSlim _awaitedLoaded = new();

    /// <summary>
    /// Holds the load of <c>Held</c> until <c>Awaited</c> has been loaded and had time to be written (5 s at most: a
    /// build that reads on one thread only goes on in file order), so a later file can be indexed before an earlier one.
    /// </summary>
    public (string Held, string Awaited)? Hold { get; set; }

    public IReadOnlyList<string> FindFiles(IReadOnlyList<string> sourceFolders, ICollection<SkippedFile>? unreadableFolders = null) =>
        sourceFolders.Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            .ToList();

    public ArticleLoadResult Load(string path)
    {
        if (DelayPerFile > TimeSpan.Zero)
        {
            Thread.Sleep(DelayPerFile);
        }

        if (Hold is var (held, _) && held == path && _awaitedLoaded.Wait(TimeSpan.FromSeconds(5)))
        {
            Thread.Sleep(200);
        }

        if (FailWith is not null)
        {
            throw FailWith;
        }

        var content = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var split = content.IndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            return new ArticleLoadResult(path, [], [new SkippedFile(path, "no body after the title")]);
        }

        var article = Some.ArticleFrom(Path.GetFileNameWithoutExtension(path), content[..split].Trim(), content[(split + 2)..], path);
        if (Hold is var (_, awaited) && awaited == path)
        {
            _awaitedLoaded.Set();
        }

        return new ArticleLoadResult(path, [article], []);
    }
}
