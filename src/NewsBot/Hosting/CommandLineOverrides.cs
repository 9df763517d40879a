using Microsoft.Extensions.DependencyInjection;
using NewsBot.Cli;
using NewsBot.Core.Configuration;

namespace NewsBot.Hosting;

/// <summary>
/// Command-line options win over appsettings.json and environment variables. <c>--source</c> replaces the whole source list
/// (a configuration overlay would only replace entries by position).
/// </summary>
internal sealed record CommandLineOverrides(IReadOnlyList<string> Sources, string? IndexPath, int? MaxQuotes)
{
    public static CommandLineOverrides From(CliArguments cli, string workingDirectory) =>
        new(
            // eval indexes its --corpus folder, so that is its source (settings validation needs one even outside the repository).
            [.. (cli.Verb == "eval" && cli.Get("corpus") is { } corpus ? [corpus] : cli.GetAll("source")).Select(s => Path.GetFullPath(s, workingDirectory))],
            cli.Get("index") is { } index ? Path.GetFullPath(index, workingDirectory) : null,
            // --top is the number of quotes for ask and chat (search pages by it).
            cli.Verb is "ask" or "chat" ? cli.GetInt("top", 1, 10) : null);

    public void ApplyTo(IServiceCollection services) =>
        services.PostConfigure<NewsBotOptions>(options =>
        {
            if (Sources.Count > 0)
            {
                options.Sources = [.. Sources];
            }

            if (IndexPath is not null)
            {
                options.IndexPath = IndexPath;
            }

            if (MaxQuotes is { } top)
            {
                options.MaxQuotes = top;
            }
        });
}
