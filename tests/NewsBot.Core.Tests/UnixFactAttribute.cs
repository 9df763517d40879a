namespace NewsBot.Core.Tests;

/// <summary>A fact that needs Unix file-system features (named pipes): reported as skipped elsewhere, not as passed.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs a Unix file system";
        }
    }
}
