using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Core.Configuration;
using NewsBot.Core.Indexing;

namespace NewsBot.Hosting;

/// <summary>
/// Keeps a long-running bot on the newest index: every <see cref="NewsBotOptions.IndexReloadSeconds"/> it asks the
/// index to switch to a generation another process (an operator's <c>newsbot index</c>) has built. Checking is one
/// small file read; switching opens the new generation once, while answering goes on from the old one.
/// </summary>
internal sealed class IndexReloader(IIndexMaintainer index, IOptions<NewsBotOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.IndexReloadSeconds;
        if (seconds == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                index.ReloadIfChanged();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
