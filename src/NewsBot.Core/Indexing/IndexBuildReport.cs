using NewsBot.Core.Articles;

namespace NewsBot.Core.Indexing;

/// <summary>
/// The outcome of a build. When <see cref="Succeeded"/> is false, <see cref="Error"/> says why and the previous index is still serving.
/// </summary>
public sealed record IndexBuildReport(
    bool Succeeded,
    string? Error,
    int Articles,
    int Passages,
    IReadOnlyList<SkippedFile> Skipped,
    TimeSpan Elapsed);
