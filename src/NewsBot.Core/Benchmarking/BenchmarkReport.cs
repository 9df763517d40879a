namespace NewsBot.Core.Benchmarking;

/// <summary>Everything one benchmark run measured, with the machine and the command, ready to be written as Markdown or JSON.</summary>
public sealed record BenchmarkReport(
    DateTimeOffset StartedAt,
    string Command,
    MachineInfo Machine,
    int Scale,
    string SourceFolder,
    BuildFigures Build,
    IReadOnlyList<FirstAnswerFigures> FirstAnswer,
    IReadOnlyList<QueryPassFigures> Queries,
    MemoryFigures AnsweringMemory,
    ReindexUnderLoadFigures? ReindexUnderLoad,
    IReadOnlyList<string> Notes);

/// <summary>The index build: from listing the files to a committed, opened index.</summary>
/// <param name="FinalMerge">Whether the build ends with a forced merge (it does not: Lucene's merge policy decides).</param>
public sealed record BuildFigures(
    int Articles,
    int Passages,
    int SkippedFiles,
    long SourceBytes,
    double WallSeconds,
    double ArticlesPerSecond,
    double MegabytesPerSecond,
    long IndexSizeBytes,
    int Segments,
    bool FinalMerge,
    MemoryFigures Memory);

/// <summary>Time from start to the first answer with the index already on disk, measured one way (<see cref="Method"/>).</summary>
/// <param name="OpenMs">Opening the index (0 when the method cannot tell it apart).</param>
/// <param name="TotalMs">From start (process start or NewsIndex creation) to the first answer in hand.</param>
public sealed record FirstAnswerFigures(string Method, double OpenMs, double TotalMs, bool Answered, string? Error);

/// <summary>One timed pass over a query set with <see cref="Threads"/> askers sharing one engine.</summary>
/// <param name="Answered">Queries that got at least one quote.</param>
/// <param name="Failed">Queries that threw (must be 0).</param>
public sealed record QueryPassFigures(string QuerySet, int Threads, LatencyStats Latency, int Answered, int Failed);

/// <summary>A rebuild while askers keep asking: every question must still be answered from the old or the new index.</summary>
/// <param name="Failed">Questions that threw or found no index to answer from (must be 0).</param>
public sealed record ReindexUnderLoadFigures(
    int Scale,
    int Askers,
    bool RebuildSucceeded,
    string? RebuildError,
    double RebuildSeconds,
    int Questions,
    int Failed,
    string? FirstFailure,
    LatencyStats Latency);
