namespace NewsBot.Discord.Gateway;

internal sealed class ShardConnection
{
    public TimeSpan? Latency => null;

    public ShardStatus Status => new(0, ShardState.NotStarted, null);
}
