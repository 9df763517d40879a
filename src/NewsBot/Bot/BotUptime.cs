namespace NewsBot.Bot;

/// <summary>How long the bot has been running (from when the host created it), on the injected clock.</summary>
internal sealed class BotUptime(TimeProvider time)
{
    private readonly long _started = time.GetTimestamp();

    public TimeSpan Elapsed => time.GetElapsedTime(_started);
}
