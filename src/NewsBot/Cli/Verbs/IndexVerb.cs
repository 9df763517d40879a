using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Indexing;

namespace NewsBot.Cli.Verbs;

/// <summary><c>newsbot index [--source DIR]... [--index DIR]</c>: rebuilds the index from the sources and prints a summary.</summary>
internal static class IndexVerb
{
    public static async Task<int> RunAsync(CliArguments cli, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        if (cli.Positionals.Count > 0)
        {
            throw new UsageException($"'index' takes no words (got \"{cli.Positionals[0]}\"); use --source DIR to name a folder.");
        }

        var index = services.GetRequiredService<IIndexMaintainer>();
        var progress = new ConsoleProgress(console);
        var report = await index.RebuildAsync(progress, cancellationToken).ConfigureAwait(false);
        progress.Finish();
        BuildSummaryWriter.Write(console.Out, report);
        return report.Succeeded ? ExitCodes.Success : ExitCodes.Failure;
    }
}
