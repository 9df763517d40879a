namespace NewsBot.Benchmarks;

/// <summary>Finds <c>shared/data</c> (the BBC corpus and query sets) beside the repository, from wherever the benchmarks run.</summary>
internal static class SharedData
{
    public static string BbcFolder => Path.Combine(Root, "bbc");

    public static string BbcCorpus => Path.Combine(BbcFolder, "corpus");

    public static string Questions => Path.Combine(BbcFolder, "queries-questions.txt");

    public static string Headlines => Path.Combine(BbcFolder, "queries-headlines.txt");

    private static string Root { get; } = Locate();

    private static string Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "shared", "data");
                if (Directory.Exists(Path.Combine(candidate, "bbc", "corpus")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("shared/data/bbc/corpus not found beside the repository (the benchmarks read the BBC corpus at run time).");
    }
}
