namespace NewsBot.Hosting;

/// <summary>
/// Finds the folder whose <c>appsettings.json</c> configures NewsBot: the current folder or the nearest parent that has one,
/// so <c>dotnet run --project src/NewsBot</c> works from anywhere inside the repository. Relative paths in settings are resolved against it.
/// </summary>
internal static class ContentRoot
{
    public static string Locate(string startFolder)
    {
        for (var folder = new DirectoryInfo(startFolder); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "appsettings.json")))
            {
                return folder.FullName;
            }
        }

        return Path.GetFullPath(startFolder);
    }
}
