using System.Diagnostics;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Cli;

/// <summary>Runs the built newsbot executable as its own process, as the README tells a newcomer to.</summary>
public sealed class ProcessSmokeTests
{
    [Fact]
    public async Task NewsbotProcess_AskOnTheSeeds_AnswersAndExitsZero()
    {
        using var index = new TempFolder();
        var newsbot = RepositoryPaths.NewsbotDll;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var arg in new[] { newsbot, "ask", "--json", "--index", index.Path })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteLineAsync("Which firm reported the attacks on Macron's campaign?");
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {error}");
        Assert.Contains("Trend Micro", output, StringComparison.Ordinal);
        Assert.StartsWith("{\"question\":", output.TrimStart(), StringComparison.Ordinal);
    }
}
