namespace NewsBot.Core.Benchmarking;

/// <summary>
/// Memory over one phase of a benchmark, in bytes. <see cref="PeakWorkingSetBytes"/> is the kernel's peak resident set
/// (VmHWM on Linux), reset at the start of the phase when the platform allows it (<see cref="PeakWasReset"/>), else the
/// process's peak so far; the sampled figures come from a 50 ms sampler running through the phase.
/// <see cref="ResidentAnonymousBytes"/> and <see cref="ResidentFileBytes"/> split the resident set at the end of the
/// phase (Linux RssAnon and RssFile; 0 elsewhere): file pages are the memory-mapped index and program files, shared with the page cache.
/// </summary>
public sealed record MemoryFigures(
    long PeakWorkingSetBytes,
    bool PeakWasReset,
    long SampledPeakWorkingSetBytes,
    long SampledPeakManagedHeapBytes,
    long ManagedHeapAfterBytes,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections,
    long ResidentAnonymousBytes,
    long ResidentFileBytes);
