namespace NewsBot.Tests.Support;

/// <summary>Locates the repository (the folder with NewsBot.sln) and the shared data beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>
    /// The built newsbot.dll in its own output folder, of the configuration the tests were built in (that folder has its
    /// deps.json; the test folder's copy does not).
    /// </summary>
    public static string NewsbotDll =>
        Path.Combine(Root, "src", "NewsBot", "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "newsbot.dll");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NewsBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("NewsBot.sln not found above " + AppContext.BaseDirectory);
    }
}
