using System.Diagnostics;

namespace NewsBot.Core.Benchmarking;

/// <summary>
/// Measures the memory of one phase: resets the kernel's peak-resident-set mark when it can (Linux: writing 5 to
/// <c>/proc/self/clear_refs</c>), samples the working set and managed heap every 50 ms, and reads the peak at the end.
/// </summary>
public sealed class MemoryProbe : IDisposable
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(50);

    private readonly bool _peakWasReset;
    private readonly int _gen0;
    private readonly int _gen1;
    private readonly int _gen2;
    private readonly Timer _timer;
    private long _sampledWorkingSet;
    private long _sampledHeap;

    private MemoryProbe()
    {
        _peakWasReset = TryResetPeak();
        _gen0 = GC.CollectionCount(0);
        _gen1 = GC.CollectionCount(1);
        _gen2 = GC.CollectionCount(2);
        Sample();
        _timer = new Timer(_ => Sample(), null, SampleInterval, SampleInterval);
    }

    /// <summary>Starts measuring a phase.</summary>
    public static MemoryProbe Start() => new();

    /// <summary>The figures of the phase so far.</summary>
    public MemoryFigures Read()
    {
        Sample();
        using var process = Process.GetCurrentProcess();
        return new MemoryFigures(
            process.PeakWorkingSet64,
            _peakWasReset,
            Interlocked.Read(ref _sampledWorkingSet),
            Interlocked.Read(ref _sampledHeap),
            GC.GetTotalMemory(forceFullCollection: false),
            GC.CollectionCount(0) - _gen0,
            GC.CollectionCount(1) - _gen1,
            GC.CollectionCount(2) - _gen2);
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        UpdateMax(ref _sampledWorkingSet, Environment.WorkingSet);
        UpdateMax(ref _sampledHeap, GC.GetTotalMemory(forceFullCollection: false));
    }

    private static void UpdateMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    private static bool TryResetPeak()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            // "5" resets the peak resident set size (VmHWM) of the process (Linux 4.0+, see proc(5)).
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
