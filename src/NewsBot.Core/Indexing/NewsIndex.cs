using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Configuration;

namespace NewsBot.Core.Indexing;

/// <summary>
/// The live index. Questions read an immutable, reference-counted snapshot; a rebuild writes a new generation beside
/// it, validates it, flips <c>CURRENT</c> and swaps the snapshot, so answering never waits for or sees half a build.
/// One build at a time, in this process (a second one is refused) and across processes (a lock file).
/// </summary>
public sealed class NewsIndex : IIndexMaintainer, IDisposable
{
    private readonly NewsBotOptions _options;
    private readonly ILogger<NewsIndex> _logger;
    private readonly TimeProvider _time;
    private readonly GenerationFolders _folders;
    private readonly GenerationBuilder _builder;
    private readonly SemaphoreSlim _buildGate = new(1, 1);
    private IndexSnapshot? _current;
    private volatile IndexStatus _status;
    private volatile bool _rebuilding;
    private bool _disposed;

    public NewsIndex(IOptions<NewsBotOptions> options, IArticleSource source, ILogger<NewsIndex> logger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
        _time = time;
        _folders = new GenerationFolders(Path.GetFullPath(_options.IndexPath));
        _builder = new GenerationBuilder(source, time);
        _status = new IndexStatus(false, _folders.IndexPath, 0, 0, null, 0);
    }

    public bool IsRebuilding => _rebuilding;

    public IndexStatus Status => _status;

    public async Task<string?> EnsureReadyAsync(IProgress<IndexBuildProgress>? progress, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _current) is not null)
        {
            return null;
        }

        await _buildGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Volatile.Read(ref _current) is not null)
            {
                return null;
            }

            var reason = TryOpenExisting();
            if (reason is null)
            {
                return null;
            }

            IndexLog.Rebuilding(_logger, _folders.IndexPath, reason);
            var report = await BuildAndSwapAsync(progress, cancellationToken).ConfigureAwait(false);
            return report.Succeeded
                ? $"The index was built ({reason}): {Count(report.Articles, "article")}, {Count(report.Passages, "passage")}."
                : $"The index could not be built ({reason}): {report.Error}";
        }
        finally
        {
            _buildGate.Release();
        }
    }

    public async Task<IndexBuildReport> RebuildAsync(IProgress<IndexBuildProgress>? progress, CancellationToken cancellationToken)
    {
        if (!await _buildGate.WaitAsync(0, cancellationToken).ConfigureAwait(false))
        {
            return Failed("a rebuild is already running", [], TimeSpan.Zero);
        }

        try
        {
            return await BuildAndSwapAsync(progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _buildGate.Release();
        }
    }

    public bool ReloadIfChanged()
    {
        // A build of this process holds the gate and swaps by itself; never wait for one.
        if (_disposed || Volatile.Read(ref _current) is null || !_buildGate.Wait(0))
        {
            return false;
        }

        string? generation = null;
        try
        {
            generation = _folders.ReadCurrent();
            var live = Volatile.Read(ref _current);
            if (generation is null || live is null || !Directory.Exists(generation)
                || string.Equals(Path.GetFullPath(generation), Path.GetFullPath(live.GenerationPath), StringComparison.Ordinal))
            {
                return false;
            }

            // The generation this process served goes when its last question finishes. Older ones are cleared now, not
            // at the next start-up, unless another process is building (its new folder must not be touched). Readers
            // elsewhere keep their open files where the system allows it; where it does not, deleting fails quietly.
            Swap(IndexSnapshot.Open(generation));
            IndexLog.Reloaded(_logger, generation, _status.Articles, _status.Passages);
            using var buildLock = BuildLock.TryTake(_folders.IndexPath);
            if (buildLock is not null)
            {
                _folders.DeleteStale([generation]);
            }

            return true;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            IndexLog.ReloadFailed(_logger, generation ?? _folders.CurrentFile, exception.Message, exception);
            return false;
        }
        finally
        {
            _buildGate.Release();
        }
    }

    /// <summary>Takes a reference on the live snapshot, or returns null when no index is ready. Release it when done.</summary>
    internal IndexSnapshot? AcquireSnapshot()
    {
        while (true)
        {
            var snapshot = Volatile.Read(ref _current);
            if (snapshot is null || snapshot.TryAcquire())
            {
                return snapshot;
            }

            // The snapshot was retired and fully released between the read and the acquire: read the new one.
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Interlocked.Exchange(ref _current, null)?.Retire(deleteFolder: false);
        _buildGate.Dispose();
    }

    /// <summary>Opens the generation named by CURRENT; returns why it must be built instead, or null when it serves.</summary>
    private string? TryOpenExisting()
    {
        string? generation = null;
        try
        {
            generation = _folders.ReadCurrent();
            if (generation is null)
            {
                return "there is no index yet";
            }

            if (!Directory.Exists(generation))
            {
                return $"the generation named in {GenerationFolders.CurrentFileName} ({Path.GetFileName(generation)}) is missing";
            }

            Swap(IndexSnapshot.Open(generation));
            IndexLog.Opened(_logger, generation, _status.Articles, _status.Passages);
            using var buildLock = BuildLock.TryTake(_folders.IndexPath);
            if (buildLock is not null)
            {
                _folders.DeleteStale([generation]);
            }

            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Corrupt files, a missing segments file, unreadable user data or another schema version: all mean "rebuild".
            // Our own checks say all there is to say; a stack trace is kept for the unexpected.
            IndexLog.Unusable(_logger, generation ?? _folders.IndexPath, exception.Message, exception is IndexUnusableException ? null : exception);
            return $"the index at {_folders.IndexPath} is unusable: {exception.Message}";
        }
    }

    private async Task<IndexBuildReport> BuildAndSwapAsync(IProgress<IndexBuildProgress>? progress, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        using var buildLock = BuildLock.TryTake(_folders.IndexPath);
        if (buildLock is null)
        {
            return Failed($"another process is building the index (lock file {BuildLock.FileName} in {_folders.IndexPath})", [], TimeSpan.Zero);
        }

        _rebuilding = true;
        var generation = _folders.NewGenerationPath(_time.GetUtcNow());
        try
        {
            IndexLog.BuildStarted(_logger, generation);
            var sources = _options.Sources.Select(Path.GetFullPath).ToList();
            var result = await Task.Run(() => _builder.Build(generation, sources, progress, cancellationToken), cancellationToken)
                .ConfigureAwait(false);
            if (result.Error is not null)
            {
                GenerationFolders.TryDelete(generation);
                IndexLog.BuildFailed(_logger, generation, result.Error, null);
                return Failed(result.Error, result.Skipped, _time.GetElapsedTime(started));
            }

            var snapshot = IndexSnapshot.Open(generation);
            try
            {
                if (snapshot.ArticleCount != result.Articles || snapshot.PassageCount != result.Passages)
                {
                    throw new IndexUnusableException($"the new index holds {snapshot.ArticleCount} articles, {result.Articles} were written");
                }

                _folders.WriteCurrent(generation);
            }
            catch
            {
                snapshot.Retire(deleteFolder: false);
                throw;
            }

            var previous = Volatile.Read(ref _current)?.GenerationPath;
            Swap(snapshot);

            // Generations older than the one this process served go now, not when a process next opens the index (a
            // `newsbot index` run never opened the one it replaced). This process's previous one goes when its last
            // question finishes; readers elsewhere keep their open files where the system allows it.
            _folders.DeleteStale(previous is null ? [generation] : [generation, previous]);
            var elapsed = _time.GetElapsedTime(started);
            IndexLog.BuildSucceeded(_logger, generation, result.Articles, result.Passages, result.Skipped.Count, elapsed);
            return new IndexBuildReport(true, null, result.Articles, result.Passages, result.Skipped, elapsed);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            GenerationFolders.TryDelete(generation);
            var reason = Describe(exception);
            IndexLog.BuildFailed(_logger, generation, reason, exception);
            return Failed(reason, [], _time.GetElapsedTime(started));
        }
        finally
        {
            _rebuilding = false;
        }
    }

    private void Swap(IndexSnapshot snapshot)
    {
        var previous = Interlocked.Exchange(ref _current, snapshot);
        _status = new IndexStatus(true, snapshot.GenerationPath, snapshot.ArticleCount, snapshot.PassageCount, snapshot.BuiltAt,
            GenerationFolders.SizeOf(snapshot.GenerationPath));
        if (previous is not null && previous.GenerationPath != snapshot.GenerationPath)
        {
            previous.Retire(deleteFolder: true);
        }
        else
        {
            previous?.Retire(deleteFolder: false);
        }
    }

    private static string Describe(Exception exception) => exception switch
    {
        OperationCanceledException => "the rebuild was cancelled",
        AggregateException aggregate when aggregate.InnerExceptions.Count > 0 => Describe(aggregate.InnerExceptions[0]),
        IndexUnusableException => exception.Message,
        IOException or UnauthorizedAccessException => $"could not write the index: {exception.Message}",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };

    private static IndexBuildReport Failed(string error, IReadOnlyList<SkippedFile> skipped, TimeSpan elapsed) =>
        new(false, error, 0, 0, skipped, elapsed);

    private static string Count(int count, string noun) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? "" : "s")}");
}
