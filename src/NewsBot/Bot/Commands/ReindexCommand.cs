using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Rendering;
using NewsBot.Core.Indexing;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Bot.Commands;

/// <summary>
/// <c>/reindex</c> (admins): defers, rebuilds the index beside the live one (questions keep being answered from the
/// current index), edits the response with progress at most every <see cref="ProgressInterval"/>, and ends with a summary.
/// </summary>
internal sealed class ReindexCommand(
    IIndexMaintainer index,
    IOptions<BotOptions> options,
    InteractionReplies replies,
    IDiscordRestClient rest,
    TimeProvider time,
    ILogger<ReindexCommand> logger)
{
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    private int _running;

    /// <summary>
    /// Decides at once, on the handler (so a second /reindex right behind the first is already told one is running), and
    /// returns the work to run off the handler.
    /// </summary>
    public Func<CancellationToken, Task> Begin(DiscordInteraction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var userId = interaction.Invoker?.Id;
        if (!AdminAccess.IsAdmin(interaction, options.Value))
        {
            BotLog.Refused(logger, BotCommands.Reindex, userId);
            return token => replies.RespondAsync(interaction, MessagePayload.Text(AdminRenderer.Refusal), ephemeral: true, token);
        }

        if (index.IsRebuilding || Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            BotLog.Reindex(logger, userId, "refused, one is already running");
            return token => replies.RespondAsync(interaction, MessagePayload.Text(AdminRenderer.AlreadyRunning), ephemeral: true, token);
        }

        return async token =>
        {
            try
            {
                await RunAsync(interaction, token).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Exchange(ref _running, 0);
            }
        };
    }

    private async Task RunAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        await rest.RespondToInteractionAsync(interaction, InteractionResponse.Defer(), cancellationToken).ConfigureAwait(false);
        var started = time.GetTimestamp();
        var progress = new LatestProgress();
        var build = index.RebuildAsync(progress, cancellationToken);
        long? lastEdit = null;
        while (!build.IsCompleted)
        {
            var changed = progress.NextChange;
            if (progress.Latest is null)
            {
                await Task.WhenAny(build, changed).ConfigureAwait(false);
                continue;
            }

            if (lastEdit is { } last && time.GetElapsedTime(last) < ProgressInterval)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                await Task.WhenAny(build, Task.Delay(ProgressInterval - time.GetElapsedTime(last), time, wait.Token)).ConfigureAwait(false);
                await wait.CancelAsync().ConfigureAwait(false);
                if (build.IsCompleted)
                {
                    break;
                }
            }

            lastEdit = time.GetTimestamp();
            await EditAsync(interaction, AdminRenderer.Progress(progress.Latest, time.GetElapsedTime(started)), cancellationToken).ConfigureAwait(false);
            await Task.WhenAny(build, progress.NextChange).ConfigureAwait(false);
        }

        if (lastEdit is null && progress.Latest is not null)
        {
            // A build faster than one edit still shows how far it got before the summary.
            await EditAsync(interaction, AdminRenderer.Progress(progress.Latest, time.GetElapsedTime(started)), cancellationToken).ConfigureAwait(false);
        }

        var report = await build.ConfigureAwait(false);
        BotLog.Reindex(logger, interaction.Invoker?.Id, report.Succeeded ? $"{report.Articles} articles, {report.Passages} passages" : $"failed: {report.Error}");
        await EditAsync(interaction, AdminRenderer.Summary(report), cancellationToken).ConfigureAwait(false);
    }

    private Task EditAsync(DiscordInteraction interaction, string content, CancellationToken cancellationToken) =>
        rest.EditOriginalResponseAsync(interaction, MessagePayload.Text(content), cancellationToken);
}
