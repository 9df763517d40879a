using System.Diagnostics;

namespace NewsBot.Tests.Support;

/// <summary>
/// A fact that needs a folder its process cannot read. Permissions bind an ordinary user; root reads everything, so as
/// root the test runs newsbot in a user namespace (<c>unshare --user</c>, where it is nobody). Reported as skipped,
/// not passed, where neither is possible (Windows; root without user namespaces).
/// </summary>
public sealed class UnreadableFolderFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> WhyNot = new(Probe);

    public UnreadableFolderFactAttribute()
    {
        if (WhyNot.Value is { } reason)
        {
            Skip = reason;
        }
    }

    /// <summary>True when the process must drop root (through <c>unshare --user</c>) for permissions to bind it.</summary>
    public static bool RunsAsRoot => OperatingSystem.IsLinux() && Environment.UserName == "root";

    private static string? Probe()
    {
        if (OperatingSystem.IsWindows())
        {
            return "needs Unix permissions";
        }

        if (!RunsAsRoot)
        {
            return null;
        }

        try
        {
            using var unshare = Process.Start(new ProcessStartInfo("unshare", ["--user", "true"]) { RedirectStandardError = true })!;
            unshare.WaitForExit(10_000);
            return unshare.HasExited && unshare.ExitCode == 0 ? null : "runs as root and cannot enter a user namespace (unshare --user)";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "runs as root and has no unshare command";
        }
    }
}
