namespace NewsBot.Cli;

/// <summary>Process exit codes: 0 success (answered or not), 1 failure, 2 usage or configuration error.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
}
