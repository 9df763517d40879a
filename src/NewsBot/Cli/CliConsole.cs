namespace NewsBot.Cli;

/// <summary>The streams and folder a command runs with, so tests can run verbs in-process without touching the real console.</summary>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, bool IsOutputTerminal, string WorkingDirectory)
{
    public static CliConsole System() =>
        new(Console.In, new TerminalSafeWriter(Console.Out), new TerminalSafeWriter(Console.Error),
            !Console.IsErrorRedirected && !Console.IsOutputRedirected, Directory.GetCurrentDirectory());
}
