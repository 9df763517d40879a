using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Cli.Verbs;
using NewsBot.Hosting;

namespace NewsBot.Cli;

/// <summary>The <c>newsbot</c> command line: parses the verb, builds the host, runs the verb, maps failures to exit codes.</summary>
internal static class CliApplication
{
    public const string Usage = """
        usage: newsbot <command> [options]

          ask ["question"] [--top N] [--json]   answer a question with quotes (no question: one per line from stdin)
          search "terms" [--top N] [--page N]   ranked articles with a snippet each
          chat                                  ask questions interactively, answered as in Discord
          index                                 rebuild the index from the sources
          eval --corpus DIR --questions FILE    measure answer quality against plain BM25 [--json]
                                                [--answers FILE: also write every answer, JSON Lines]
          run                                   start the Discord bot (needs Discord:Token)
          bench --source DIR --scale K --queries FILE [--queries FILE] [--concurrency N] [--reindex-under-load] [--report PATH]
                                                measure indexing, answer latency and memory on K copies of a corpus

        common options:
          --source DIR   article folder (repeatable; replaces NewsBot:Sources)
          --index DIR    index folder (replaces NewsBot:IndexPath)
        """;

    private static readonly HashSet<string> Flags = ["json", "help", "reindex-under-load", "keep-index"];

    /// <summary>The options shared between verbs that <paramref name="verb"/> takes (eval and bench read their own).</summary>
    private static string[] CommonOptionsOf(string verb) => verb switch
    {
        "ask" => ["source", "index", "top", "json"],
        "search" => ["source", "index", "top", "page"],
        "chat" => ["source", "index", "top"],
        "index" or "run" => ["source", "index"],
        _ => [],
    };

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
            {
                await console.Out.WriteLineAsync(Usage).ConfigureAwait(false);
                return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
            }

            var cli = CliArguments.Parse(args, Flags);
            Func<CliArguments, IServiceProvider, CliConsole, CancellationToken, Task<int>> verb = cli.Verb switch
            {
                "ask" => AskVerb.RunAsync,
                "search" => SearchVerb.RunAsync,
                "chat" => ChatVerb.RunAsync,
                "index" => IndexVerb.RunAsync,
                "run" => RunVerb.RunAsync,
                "bench" => BenchVerb.Prepare(cli),
                "eval" => EvalVerb.Accept(cli),
                _ => throw new UsageException($"Unknown command '{cli.Verb}'. Run 'newsbot help' for the list."),
            };

            // Read every option the verb accepts before building the host, so a typo (or an option another verb takes,
            // such as search --json) fails fast instead of being ignored.
            foreach (var option in CommonOptionsOf(cli.Verb))
            {
                cli.GetAll(option);
            }

            cli.RejectUnknownOptions();

            using var host = NewsBotHost.CreateBuilder(cli, console.WorkingDirectory, interactive: true).Build();
            OptionsStartupCheck.Run(host.Services);
            return await verb(cli, host.Services, console, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (OptionsValidationException e)
        {
            await console.Error.WriteLineAsync($"error: invalid settings: {string.Join(" ", e.Failures)}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync("cancelled.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            await console.Error.WriteLineAsync($"error: {e.Message} ({e.GetType().Name})").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
