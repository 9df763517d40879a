using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Configuration;

namespace NewsBot.Hosting;

/// <summary>
/// Makes the source and index folders absolute against the content root, after every other override has applied.
/// Folders given on the command line are already absolute (relative to where the user stands).
/// </summary>
internal static class OptionPaths
{
    public static void ResolveAgainst(IServiceCollection services, string contentRoot) =>
        services.PostConfigure<NewsBotOptions>(options =>
        {
            options.Sources = [.. options.Sources.Select(s => string.IsNullOrWhiteSpace(s) ? s : Path.GetFullPath(s, contentRoot))];
            if (!string.IsNullOrWhiteSpace(options.IndexPath))
            {
                options.IndexPath = Path.GetFullPath(options.IndexPath, contentRoot);
            }
        });
}
