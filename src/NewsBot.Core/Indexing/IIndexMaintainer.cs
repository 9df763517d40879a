namespace NewsBot.Core.Indexing;

/// <summary>Builds and swaps the live index. One build at a time; answering continues from the old index while a build runs.</summary>
public interface IIndexMaintainer
{
    bool IsRebuilding { get; }

    IndexStatus Status { get; }

    /// <summary>
    /// Opens the index on disk, or builds it from the configured sources when it is missing, from another schema
    /// version, or damaged. Returns a note for the user when it had to build (null when the index was simply opened).
    /// </summary>
    Task<string?> EnsureReadyAsync(IProgress<IndexBuildProgress>? progress, CancellationToken cancellationToken);

    /// <summary>
    /// Builds a new index beside the live one and switches to it atomically. Returns a failed report, leaving the
    /// old index serving, when the build fails or another build is already running.
    /// </summary>
    Task<IndexBuildReport> RebuildAsync(IProgress<IndexBuildProgress>? progress, CancellationToken cancellationToken);

    /// <summary>
    /// Switches to the generation the index folder names as current when another process (<c>newsbot index</c>) has
    /// built a newer one since this one opened or built its own. Returns true when it switched. Never throws: a
    /// generation that cannot be opened is logged and the live one keeps serving.
    /// </summary>
    bool ReloadIfChanged();
}
