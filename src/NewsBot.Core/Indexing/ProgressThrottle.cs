namespace NewsBot.Core.Indexing;

/// <summary>Forwards build progress at most every <see cref="Interval"/> (plus the final report), so a fast build does not flood the caller.</summary>
internal sealed class ProgressThrottle(IProgress<IndexBuildProgress>? progress, TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly Lock _gate = new();
    private long _last = long.MinValue;

    public void Report(int filesDone, int filesTotal, int articles, bool force = false)
    {
        if (progress is null)
        {
            return;
        }

        lock (_gate)
        {
            var now = time.GetTimestamp();
            if (!force && _last != long.MinValue && time.GetElapsedTime(_last, now) < Interval)
            {
                return;
            }

            _last = now;
            progress.Report(new IndexBuildProgress(filesDone, filesTotal, articles));
        }
    }
}
