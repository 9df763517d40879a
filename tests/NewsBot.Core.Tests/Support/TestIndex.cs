using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Configuration;
using NewsBot.Core.Indexing;

namespace NewsBot.Core.Tests.Support;

/// <summary>A real index in a temp folder: a source folder of article files, a <see cref="NewsIndex"/> and an <see cref="AnswerEngine"/> over it.</summary>
internal sealed class TestIndex : IDisposable
{
    public const string SeedId = "000_4663b4fa3a7231cb";

    private readonly TempFolder _folder = new();

    public TestIndex(Action<NewsBotOptions>? configure = null)
    {
        Options = new NewsBotOptions { Sources = [SourceFolder], IndexPath = _folder.Combine("index") };
        configure?.Invoke(Options);
        Directory.CreateDirectory(SourceFolder);
        Index = new NewsIndex(Microsoft.Extensions.Options.Options.Create(Options), Source, NullLogger<NewsIndex>.Instance, TimeProvider.System);
        Answerer = new AnswerEngine(Index, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<AnswerEngine>.Instance);
    }

    public string SourceFolder => _folder.Combine("articles");

    public string IndexPath => Options.IndexPath;

    public NewsBotOptions Options { get; }

    public FakeArticleSource Source { get; } = new();

    public NewsIndex Index { get; }

    public AnswerEngine Answerer { get; }

    public static string SeedPath => Path.Combine(AppContext.BaseDirectory, "TestData", SeedId + ".txt");

    public TestIndex WithSeed()
    {
        File.Copy(SeedPath, Path.Combine(SourceFolder, SeedId + ".txt"), overwrite: true);
        return this;
    }

    /// <summary>The seed re-published <paramref name="count"/> more times under other ids (<c>&lt;seed id&gt;~1</c>, ...).</summary>
    public TestIndex WithSeedCopies(int count)
    {
        for (var copy = 1; copy <= count; copy++)
        {
            File.Copy(SeedPath, Path.Combine(SourceFolder, $"{SeedId}~{copy}.txt"), overwrite: true);
        }

        return this;
    }

    public TestIndex WithArticle(string id, string title, params string[] paragraphs)
    {
        File.WriteAllText(Path.Combine(SourceFolder, id + ".txt"), title + "\n\n" + string.Join("\n\n", paragraphs));
        return this;
    }

    public void RemoveArticle(string id) => File.Delete(Path.Combine(SourceFolder, id + ".txt"));

    public async Task<IndexBuildReport> BuildAsync()
    {
        var report = await Index.RebuildAsync(null, CancellationToken.None);
        Assert.True(report.Succeeded, report.Error);
        return report;
    }

    public void Dispose()
    {
        Index.Dispose();
        _folder.Dispose();
    }
}
