namespace NewsBot.Cli;

/// <summary>The command line was wrong: reported in one line with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
