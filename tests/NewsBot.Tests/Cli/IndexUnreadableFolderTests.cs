using System.Diagnostics;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Cli;

/// <summary>An unreadable folder among the sources is named in the summary; the readable articles are indexed.</summary>
public sealed class IndexUnreadableFolderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [UnreadableFolderFact]
    public async Task Index_SubfolderItCannotRead_IndexesTheRestAndNamesTheFolderWithTheReason()
    {
        var sources = _folder.Combine("articles");
        var locked = Path.Combine(sources, "locked");
        Directory.CreateDirectory(locked);
        await File.WriteAllTextAsync(Path.Combine(sources, "harbour.md"), "# Harbour bridge reopens\n\nThe harbour bridge reopened on Monday.\n");
        await File.WriteAllTextAsync(Path.Combine(locked, "tunnel.md"), "# Tunnel closes\n\nThe tunnel closed on Tuesday.\n");
        var index = _folder.Combine("index");
        Directory.CreateDirectory(index);
        if (!OperatingSystem.IsWindows())
        {
            // The process may run as nobody: it must be able to write its index, and must not be able to read "locked".
            File.SetUnixFileMode(index, (UnixFileMode)0b111_111_111);
            File.SetUnixFileMode(locked, UnixFileMode.None);
        }

        try
        {
            var (exit, output, error) = await RunNewsbotAsync("index", "--source", sources, "--index", index);

            Assert.True(exit == 0, error);
            Assert.Contains("Indexed 1 article", output, StringComparison.Ordinal);
            Assert.Contains($"skipped {locked}: folder could not be read (permission denied)", output, StringComparison.Ordinal);
        }
        finally
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>The built newsbot in a process of its own: as nobody in a user namespace when the tests run as root.</summary>
    private static async Task<(int Exit, string Output, string Error)> RunNewsbotAsync(params string[] args)
    {
        var start = new ProcessStartInfo(UnreadableFolderFactAttribute.RunsAsRoot ? "unshare" : "dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] prefix = UnreadableFolderFactAttribute.RunsAsRoot ? ["--user", "dotnet"] : [];
        foreach (var arg in (string[])[.. prefix, RepositoryPaths.NewsbotDll, .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
