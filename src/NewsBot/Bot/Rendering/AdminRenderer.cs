using System.Globalization;
using System.Text;
using NewsBot.Core.Indexing;
using NewsBot.Discord;

namespace NewsBot.Bot.Rendering;

/// <summary>Messages of the admin commands: <c>/reindex</c> progress and summary, and <c>/status</c>.</summary>
internal static class AdminRenderer
{
    public const string Refusal = "Only server managers (Manage Server) or configured bot admins can use this command.";
    public const string AlreadyRunning = "A reindex is already running; questions are still answered from the current index. Try again when it has finished.";
    private const int MaxSkippedShown = 10;

    public static string Progress(IndexBuildProgress? progress, TimeSpan elapsed)
    {
        var text = new StringBuilder("Rebuilding the index…");
        if (progress is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" {progress.FilesDone} of {progress.FilesTotal} files read, {ListPageRenderer.Plural(progress.ArticlesIndexed, "article")} indexed");
        }

        return text.Append(CultureInfo.InvariantCulture, $" ({Duration(elapsed)}). Questions are still answered from the current index.").ToString();
    }

    /// <summary>The last edit of a reply Discord will soon stop accepting edits of.</summary>
    public static string StillRunning(IndexBuildProgress? progress, TimeSpan elapsed, bool canPostInChannel)
    {
        var text = new StringBuilder(Progress(progress, elapsed));
        return text.Append(canPostInChannel
            ? " Discord lets a bot edit this reply for 15 minutes only, so the summary will be posted in this channel when the build ends."
            : " Discord lets a bot edit this reply for 15 minutes only: run /status to see when the build has ended.").ToString();
    }

    public static string Summary(IndexBuildReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        if (report.Succeeded)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"Reindex finished in {Duration(report.Elapsed)}: {ListPageRenderer.Plural(report.Articles, "article")}, {ListPageRenderer.Plural(report.Passages, "passage")}.");
        }
        else
        {
            text.Append("Reindex failed: ").Append(DiscordMarkdown.EscapeInline(PlainText.Shorten(report.Error ?? "unknown error", 400)))
                .Append(". The previous index is still serving.");
        }

        if (report.Skipped.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nSkipped {ListPageRenderer.Plural(report.Skipped.Count, "file")}:");
            var shown = 0;
            foreach (var skipped in report.Skipped)
            {
                var line = "\n- " + DiscordMarkdown.EscapeInline(PlainText.Shorten($"{Path.GetFileName(skipped.Path)}: {skipped.Reason}", 150));
                if (shown == MaxSkippedShown || text.Length + line.Length > DiscordAnswerRenderer.MaxLength - 60)
                {
                    text.Append(CultureInfo.InvariantCulture, $"\n- …and {report.Skipped.Count - shown} more (see the bot's log).");
                    break;
                }

                text.Append(line);
                shown++;
            }
        }

        return text.ToString();
    }

    public static string Status(IndexStatus index, bool rebuilding, TimeSpan uptime, TimeSpan? latency, IReadOnlyList<ShardStatus> shards)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(shards);
        var text = new StringBuilder("**NewsBot status**");
        text.Append(CultureInfo.InvariantCulture, $"\nIndex: {(index.Ready ? "ready" : "not ready")}{(rebuilding ? " (a reindex is running)" : "")}");
        text.Append(CultureInfo.InvariantCulture, $"\nArticles: {index.Articles} · passages: {index.Passages}");
        text.Append("\nLast indexed: ").Append(index.BuiltAt is { } built ? built.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "unknown");
        text.Append("\nIndex size: ").Append(Size(index.SizeBytes));
        text.Append("\nUptime: ").Append(Duration(uptime));
        text.Append("\nGateway latency: ").Append(latency is { } l ? string.Create(CultureInfo.InvariantCulture, $"{l.TotalMilliseconds:0} ms") : "not measured yet");
        text.Append("\nShards: ").Append(shards.Count == 0
            ? "none running"
            : string.Join(", ", shards.Select(s => string.Create(CultureInfo.InvariantCulture, $"#{s.ShardId} {s.State}"))));
        return text.ToString();
    }

    public static string Duration(TimeSpan span) => span.TotalSeconds < 60
        ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.0} s")
        : span.TotalHours < 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} min {span.Seconds} s")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays} d {span.Hours} h {span.Minutes} min");

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MiB"),
    };
}
