namespace NewsBot.Bot;

/// <summary>The exit code <c>newsbot run</c> ends with: 0 after a normal stop, 1 when Discord refused the bot or there was no index.</summary>
internal sealed class BotExit
{
    private volatile string? _failure;

    public string? Failure => _failure;

    public int ExitCode => _failure is null ? 0 : 1;

    public void Fail(string reason) => _failure ??= reason;
}
