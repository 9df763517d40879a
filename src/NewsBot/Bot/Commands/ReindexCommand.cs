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
/// current index), edits the response with progress at most every <see cref="ProgressInterval"/>, and ends with a summary
/// (posted in the channel instead when the build outlasts the reply's <see cref="ReplyEditWindow"/>).
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

    /// <summary>
    /// Discord accepts edits of an interaction's reply for 15 minutes; a minute short of that, a build still running
    /// hands over: the reply says so, and the summary is posted in the channel when the build ends.
    /// </summary>
    public static readonly TimeSpan ReplyEditWindow = TimeSpan.FromMinutes(14);

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

        var received = time.GetTimestamp();
        return async token =>
        {
            try
            {
                await RunAsync(interaction, received, token).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Exchange(ref _running, 0);
            }
        };
    }

    private async Task RunAsync(DiscordInteraction interaction, long received, CancellationToken cancellationToken)
    {
        await rest.RespondToInteractionAsync(interaction, InteractionResponse.Defer(), cancellationToken).ConfigureAwait(false);
        var started = time.GetTimestamp();
        var progress = new LatestProgress();
        var build = index.RebuildAsync(progress, cancellationToken);
        long? lastEdit = null;
        var handedOver = false;
        while (!build.IsCompleted)
        {
            var replyOpen = ReplyEditWindow - time.GetElapsedTime(received);
            if (replyOpen <= TimeSpan.Zero)
            {
                // The reply cannot be edited much longer: say where the summary will go while it still can be.
                await EditAsync(interaction, AdminRenderer.StillRunning(progress.Latest, time.GetElapsedTime(started), interaction.ChannelId is not null), cancellationToken).ConfigureAwait(false);
                handedOver = true;
                break;
            }

            // Taken before reading Latest, so a change landing in between still wakes the wait.
            var changed = progress.NextChange;
            if (progress.Latest is null)
            {
                await WhenAnyWithinAsync(replyOpen, cancellationToken, build, changed).ConfigureAwait(false);
                continue;
            }

            if (lastEdit is { } last && time.GetElapsedTime(last) < ProgressInterval)
            {
                await WhenAnyWithinAsync(Min(ProgressInterval - time.GetElapsedTime(last), replyOpen), cancellationToken, build).ConfigureAwait(false);
                continue;
            }

            lastEdit = time.GetTimestamp();
            await EditAsync(interaction, AdminRenderer.Progress(progress.Latest, time.GetElapsedTime(started)), cancellationToken).ConfigureAwait(false);
            await WhenAnyWithinAsync(replyOpen, cancellationToken, build, changed).ConfigureAwait(false);
        }

        if (!handedOver && lastEdit is null && progress.Latest is not null)
        {
            // A build faster than one edit still shows how far it got before the summary.
            await EditAsync(interaction, AdminRenderer.Progress(progress.Latest, time.GetElapsedTime(started)), cancellationToken).ConfigureAwait(false);
        }

        var report = await build.ConfigureAwait(false);
        BotLog.Reindex(logger, interaction.Invoker?.Id, report.Succeeded ? $"{report.Articles} articles, {report.Passages} passages" : $"failed: {report.Error}");
        if (!handedOver)
        {
            await EditAsync(interaction, AdminRenderer.Summary(report), cancellationToken).ConfigureAwait(false);
        }
        else if (interaction.ChannelId is { } channel)
        {
            try
            {
                await rest.CreateMessageAsync(channel, MessagePayload.Text(AdminRenderer.Summary(report)), cancellationToken).ConfigureAwait(false);
            }
            catch (DiscordApiException exception)
            {
                BotLog.ReindexSummaryNotPosted(logger, channel, exception.Message);
            }
        }
    }

    /// <summary>Waits for the first of <paramref name="tasks"/> to finish, or at most <paramref name="limit"/>.</summary>
    private async Task WhenAnyWithinAsync(TimeSpan limit, CancellationToken cancellationToken, params Task[] tasks)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny([.. tasks, Task.Delay(limit, time, wait.Token)]).ConfigureAwait(false);
        await wait.CancelAsync().ConfigureAwait(false);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private Task EditAsync(DiscordInteraction interaction, string content, CancellationToken cancellationToken) =>
        rest.EditOriginalResponseAsync(interaction, MessagePayload.Text(content), cancellationToken);
}
