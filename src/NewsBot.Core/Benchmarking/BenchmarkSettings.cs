namespace NewsBot.Core.Benchmarking;

/// <summary>What one whole-system benchmark run measures.</summary>
/// <param name="SourceFolder">The original corpus (e.g. <c>../shared/data/bbc/corpus</c>); it is scaled in memory, never copied.</param>
/// <param name="Scale">k: how many copies of the corpus are indexed.</param>
/// <param name="QueryFiles">Query files (one query per line), each measured as its own set.</param>
/// <param name="Concurrency">Askers sharing one engine in the concurrent pass and during the reindex (at least 1).</param>
/// <param name="ReindexUnderLoad">Also rebuild the index while askers keep asking, and count failed questions.</param>
/// <param name="WorkFolder">Where the index is built (a fresh folder outside the repository; deleted afterwards unless <paramref name="KeepIndex"/>).</param>
public sealed record BenchmarkSettings(
    string SourceFolder,
    int Scale,
    IReadOnlyList<string> QueryFiles,
    int Concurrency,
    bool ReindexUnderLoad,
    string WorkFolder,
    bool KeepIndex = false,
    int MaxQuotes = 3,
    int MaxQuoteLength = 400);
