namespace NewsBot.Core.Tests.Articles;

/// <summary>Finds the team's shared folder (seeds and data sets) beside the repository, walking up from the test binaries.</summary>
internal static class SharedData
{
    public static string Root { get; } = Locate();

    public static string SeedArticle => Path.Combine(Root, "seeds", "000_4663b4fa3a7231cb.txt");

    public static string SquadFolder => Path.Combine(Root, "data", "squad-train-sample");

    public static string BbcCorpus => Path.Combine(Root, "data", "bbc", "corpus");

    private static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("NEWSBOT_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "data", "README.md")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The shared data folder was not found above " + AppContext.BaseDirectory + "; set NEWSBOT_SHARED.");
    }
}
