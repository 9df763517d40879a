using NewsBot.Core.Indexing;

namespace NewsBot.Cli;

/// <summary>Before answering: open the index, or build it from the configured sources (with progress and a note) when it is missing.</summary>
internal static class IndexReadiness
{
    /// <returns>False when there is still no index to answer from (the reason has been printed).</returns>
    public static async Task<bool> EnsureAsync(IIndexMaintainer index, CliConsole console, CancellationToken cancellationToken)
    {
        var progress = new ConsoleProgress(console);
        var note = await index.EnsureReadyAsync(progress, cancellationToken).ConfigureAwait(false);
        progress.Finish();
        if (note is not null)
        {
            await console.Error.WriteLineAsync(note).ConfigureAwait(false);
        }

        if (!index.Status.Ready)
        {
            await console.Error.WriteLineAsync("error: there is no index to answer from; run 'newsbot index' and check its output.").ConfigureAwait(false);
            return false;
        }

        return true;
    }
}
