using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Commands;

/// <summary>
/// Keeps the latest build progress and signals each change. Unlike <see cref="Progress{T}"/> it never queues callbacks,
/// so a fast build cannot pile up edits: the reader shows whatever is latest when it is allowed to edit again.
/// </summary>
internal sealed class LatestProgress : IProgress<IndexBuildProgress>
{
    private volatile IndexBuildProgress? _latest;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IndexBuildProgress? Latest => _latest;

    /// <summary>Completes at the next report after this call.</summary>
    public Task NextChange => Volatile.Read(ref _changed).Task;

    public void Report(IndexBuildProgress value)
    {
        _latest = value;
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }
}
