using NewsBot.Core.Indexing;

namespace NewsBot.Tests.Bot.Support.Fakes;

/// <summary>An index maintainer whose rebuild the test drives: it reports progress and finishes when told.</summary>
internal sealed class ControlledIndexMaintainer : IIndexMaintainer
{
    private readonly TaskCompletionSource<IndexBuildReport> _build = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<IProgress<IndexBuildProgress>> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Rebuilds { get; private set; }

    public bool IsRebuilding => _started.Task.IsCompleted && !_build.Task.IsCompleted;

    public IndexStatus Status { get; } = new(true, "/index", 3, 30, DateTimeOffset.UnixEpoch, 1024);

    public Task<IProgress<IndexBuildProgress>> Started => _started.Task;

    public Task<string?> EnsureReadyAsync(IProgress<IndexBuildProgress>? progress, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task<IndexBuildReport> RebuildAsync(IProgress<IndexBuildProgress>? progress, CancellationToken cancellationToken)
    {
        Rebuilds++;
        _started.TrySetResult(progress!);
        return _build.Task;
    }

    public bool ReloadIfChanged() => false;

    public void Finish(IndexBuildReport report) => _build.TrySetResult(report);
}
