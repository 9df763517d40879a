using System.Runtime;
using System.Runtime.InteropServices;

namespace NewsBot.Core.Benchmarking;

/// <summary>The machine a benchmark ran on, for the report.</summary>
public sealed record MachineInfo(string Os, string Cpu, int LogicalCores, long MemoryBytes, string Runtime, string GcMode)
{
    public static MachineInfo Current() => new(
        RuntimeInformation.OSDescription,
        CpuModel(),
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        RuntimeInformation.FrameworkDescription,
        (GCSettings.IsServerGC ? "server" : "workstation") + (GCSettings.LatencyMode == GCLatencyMode.Interactive ? ", concurrent" : ""));

    private static string CpuModel()
    {
        try
        {
            if (File.Exists("/proc/cpuinfo"))
            {
                var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
                if (line is not null && line.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0)
                {
                    return line[(colon + 1)..].Trim();
                }
            }
        }
        catch (IOException)
        {
            // Fall through to the architecture alone.
        }

        return RuntimeInformation.ProcessArchitecture.ToString();
    }
}
