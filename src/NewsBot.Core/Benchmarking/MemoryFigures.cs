namespace NewsBot.Core.Benchmarking;

/// <summary>
/// Memory over one phase of a benchmark, in bytes. <see cref="PeakWorkingSetBytes"/> is the kernel's peak resident set
/// (VmHWM on Linux), reset at the start of the phase when the platform allows it (<see cref="PeakWasReset"/>), else the
/// process's peak so far; the sampled figures come from a 50 ms sampler running through the phase.
/// </summary>
public sealed record MemoryFigures(
    long PeakWorkingSetBytes,
    bool PeakWasReset,
    long SampledPeakWorkingSetBytes,
    long SampledPeakManagedHeapBytes,
    long ManagedHeapAfterBytes,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections);
