namespace NewsBot.Discord;

public sealed partial class DiscordClient
{
    /// <summary>
    /// Connects every configured shard and keeps them connected until <paramref name="cancellationToken"/> is
    /// cancelled (then completes normally). When Discord refuses the bot for good (bad token, disallowed
    /// intents, invalid shard) it logs one line saying what to fix, sets <see cref="FatalError"/> and throws
    /// <see cref="DiscordFatalException"/>.
    /// </summary>
    public Task RunAsync(CancellationToken cancellationToken) => throw new NotImplementedException();
}
