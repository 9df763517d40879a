using System.Globalization;
using NewsBot.Core.Indexing;

namespace NewsBot.Cli;

/// <summary>Writes the end-of-build summary: counts, time, and every skipped file with its reason.</summary>
internal static class BuildSummaryWriter
{
    public static void Write(TextWriter output, IndexBuildReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var seconds = report.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        if (report.Succeeded)
        {
            output.WriteLine($"Indexed {Plural(report.Articles, "article")} ({Plural(report.Passages, "passage")}) in {seconds} s; skipped {Plural(report.Skipped.Count, "file")}.");
        }
        else
        {
            output.WriteLine($"Indexing failed after {seconds} s: {report.Error}");
        }

        foreach (var skipped in report.Skipped)
        {
            output.WriteLine($"  skipped {skipped.Path}: {skipped.Reason}");
        }
    }

    public static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? "" : "s")}");
}
