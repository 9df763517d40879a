using NewsBot.Cli;

namespace NewsBot.Tests.Cli;

/// <summary>Runs the real <c>newsbot</c> command line in-process with captured streams, from the repository root.</summary>
internal static class CliRun
{
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(string workingDirectory, string? input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input ?? "");
        var console = new CliConsole(reader, output, error, IsOutputTerminal: false, workingDirectory);
        var exit = await CliApplication.RunAsync(args, console, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
