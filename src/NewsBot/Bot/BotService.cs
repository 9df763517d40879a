using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Indexing;
using NewsBot.Discord;

namespace NewsBot.Bot;

/// <summary>
/// The bot as a hosted service: makes sure the index is ready, then runs the Discord client until the host stops.
/// When Discord refuses the bot for good (bad token, disallowed intents) it records exit code 1 and stops the host.
/// On shutdown, replies in progress get a few seconds to finish before their work is cancelled.
/// </summary>
internal sealed class BotService(
    IIndexMaintainer index,
    DiscordClient client,
    BackgroundWork work,
    BotExit exit,
    IHostApplicationLifetime lifetime,
    ILogger<BotService> logger) : BackgroundService
{
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            var note = await index.EnsureReadyAsync(null, stoppingToken).ConfigureAwait(false);
            var status = index.Status;
            if (!status.Ready)
            {
                BotLog.IndexNotReady(logger, note ?? "the index could not be opened");
                Stop($"no index to answer from: {note}");
                return;
            }

            BotLog.IndexReady(logger, status.Articles, status.Passages, note ?? "opened");
            await client.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (DiscordFatalException exception)
        {
            // The client already logged the one line saying what to fix.
            Stop(exception.Error.Message);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }
        catch (Exception exception)
        {
            // Without this the host would stop with exit code 0; an operator's supervisor should see a failure.
            BotLog.Crashed(logger, exception.Message, exception);
            Stop(exception.Message);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await work.StopAsync(ShutdownGrace, cancellationToken).ConfigureAwait(false);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    private void Stop(string reason)
    {
        exit.Fail(reason);
        lifetime.StopApplication();
    }
}
