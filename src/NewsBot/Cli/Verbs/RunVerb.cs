using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Bot;
using NewsBot.Hosting;

namespace NewsBot.Cli.Verbs;

/// <summary>
/// <c>newsbot run</c>: starts the Discord bot as a hosted service and runs until Ctrl+C or SIGTERM (the host's console
/// lifetime handles both and shuts down gracefully). Exit codes: 0 after a normal stop, 2 when no token is configured,
/// 1 when Discord refuses the bot (bad token, disallowed intents) or there is no index.
/// </summary>
internal static class RunVerb
{
    public const string MissingTokenMessage =
        "error: Discord:Token is not set, so the bot cannot connect. Set it with the environment variable Discord__Token=<token>, " +
        "or store it with: dotnet user-secrets set Discord:Token <token> --project src/NewsBot (never commit it). " +
        "See README \"Running the bot in Discord\". To try answers locally without Discord, run: newsbot chat";

    public static Task<int> RunAsync(CliArguments cli, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        // The CLI's own host (services) is for one-shot verbs; the bot gets a long-running host with its own logging.
        return RunAsync(BotHost.CreateBuilder(cli, console.WorkingDirectory), console, cancellationToken);
    }

    /// <summary>Runs the bot host built from <paramref name="builder"/> (tests call this with emulator settings).</summary>
    public static async Task<int> RunAsync(HostApplicationBuilder builder, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(console);
        if (!BotHost.HasToken(builder))
        {
            await console.Error.WriteLineAsync(MissingTokenMessage).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        using var host = BotHost.Build(builder);
        try
        {
            OptionsStartupCheck.RunForBot(host.Services);
        }
        catch (OptionsValidationException e)
        {
            await console.Error.WriteLineAsync($"error: invalid settings: {string.Join(" ", e.Failures)}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        // Resolved before running: RunAsync disposes the host (and its services) when it ends.
        var exit = host.Services.GetRequiredService<BotExit>();
        try
        {
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C before start-up finished: a normal stop.
        }

        // Why it stopped was already logged, in one line (the Discord client logs fatal gateway closes itself).
        return exit.ExitCode;
    }
}
