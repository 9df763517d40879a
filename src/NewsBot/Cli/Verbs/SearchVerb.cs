using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Catalog;
using NewsBot.Core.Indexing;

namespace NewsBot.Cli.Verbs;

/// <summary><c>newsbot search "terms" [--top N] [--page N]</c>: ranked articles with a short snippet each.</summary>
internal static class SearchVerb
{
    public static async Task<int> RunAsync(CliArguments cli, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        if (cli.Positionals.Count == 0)
        {
            throw new UsageException("'search' needs search terms, for example: newsbot search \"French election\".");
        }

        var pageSize = cli.GetInt("top", 1, 50) ?? 5;
        var page = cli.GetInt("page", 1, 10_000) ?? 1;
        if (!await IndexReadiness.EnsureAsync(services.GetRequiredService<IIndexMaintainer>(), console, cancellationToken).ConfigureAwait(false))
        {
            return ExitCodes.Failure;
        }

        var catalog = services.GetRequiredService<IArticleCatalog>();
        var result = catalog.Search(string.Join(' ', cli.Positionals), (page - 1) * pageSize, pageSize);
        if (result.Total == 0)
        {
            console.Out.WriteLine("No articles match.");
            return ExitCodes.Success;
        }

        if (result.Items.Count == 0)
        {
            var pages = (result.Total + pageSize - 1) / pageSize;
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Page {page} is past the end: {result.Total} {(result.Total == 1 ? "article matches" : "articles match")}, {pages} {(pages == 1 ? "page" : "pages")} of {pageSize}."));
            return ExitCodes.Success;
        }

        var rank = result.Offset;
        foreach (var hit in result.Items)
        {
            rank++;
            var date = hit.Article.Date is { } d ? " · " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
            console.Out.WriteLine($"{rank}. {hit.Article.Title}{date} [{hit.Article.Id}]");
            console.Out.WriteLine($"   {hit.Snippet}");
        }

        console.Out.WriteLine($"({result.Offset + 1}–{result.Offset + result.Items.Count} of {result.Total})");
        return ExitCodes.Success;
    }
}
