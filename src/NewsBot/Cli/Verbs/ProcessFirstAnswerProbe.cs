using System.Diagnostics;
using System.Text.Json;
using NewsBot.Core.Benchmarking;

namespace NewsBot.Cli.Verbs;

/// <summary>
/// Times a fresh <c>newsbot ask --json</c> process against the built index, from process start to exit: runtime start,
/// host, opening the index and the first answer. This is what a restarted bot pays before it can answer.
/// </summary>
internal sealed class ProcessFirstAnswerProbe(string workingDirectory) : IFirstAnswerProbe
{
    private const string Method = "fresh process: newsbot ask --json (start to exit)";

    public async Task<FirstAnswerFigures> MeasureAsync(string indexPath, string sourceFolder, string question, CancellationToken cancellationToken)
    {
        var start = StartInfo();
        if (start is null)
        {
            return new FirstAnswerFigures(Method, 0, 0, false, "cannot tell how this process was started");
        }

        foreach (var argument in (string[])["ask", "--json", "--index", indexPath, "--source", sourceFolder, "--", question])
        {
            start.ArgumentList.Add(argument);
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start newsbot");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        stopwatch.Stop();
        var stdout = await output.ConfigureAwait(false);
        var stderr = await error.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            return new FirstAnswerFigures(Method, 0, stopwatch.Elapsed.TotalMilliseconds, false, $"exit code {process.ExitCode}: {stderr.Trim()}");
        }

        if (stderr.Contains("built", StringComparison.Ordinal))
        {
            return new FirstAnswerFigures(Method, 0, stopwatch.Elapsed.TotalMilliseconds, false, $"the process rebuilt the index: {stderr.Trim()}");
        }

        using var json = JsonDocument.Parse(stdout);
        var answered = json.RootElement.TryGetProperty("answered", out var value) && value.GetBoolean();
        return new FirstAnswerFigures(Method, 0, stopwatch.Elapsed.TotalMilliseconds, answered, null);
    }

    /// <summary>
    /// Starts newsbot the way this process was started when it is newsbot (the apphost); otherwise (a test host, say)
    /// as <c>dotnet newsbot.dll</c> with the dotnet host that runs this process.
    /// </summary>
    private ProcessStartInfo? StartInfo()
    {
        var current = Environment.ProcessPath;
        var assembly = typeof(ProcessFirstAnswerProbe).Assembly.Location;
        var isNewsbot = current is not null && Path.GetFileNameWithoutExtension(current).Equals(Path.GetFileNameWithoutExtension(assembly), StringComparison.OrdinalIgnoreCase);
        var host = isNewsbot ? current : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? DotnetNextTo(current);
        if (host is null || assembly.Length == 0)
        {
            return null;
        }

        var start = new ProcessStartInfo(host)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (!isNewsbot)
        {
            start.ArgumentList.Add(assembly);
        }

        return start;
    }

    private static string? DotnetNextTo(string? current) =>
        current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? current : null;
}
