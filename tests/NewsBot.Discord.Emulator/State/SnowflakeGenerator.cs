namespace NewsBot.Discord.Emulator.State;

/// <summary>Makes Discord-shaped snowflakes: milliseconds since 2015-01-01 in the top 42 bits, then worker, process and increment.</summary>
internal sealed class SnowflakeGenerator(TimeProvider time)
{
    internal const long DiscordEpochMilliseconds = 1420070400000;
    private long _last;

    public ulong Next()
    {
        var milliseconds = time.GetUtcNow().ToUnixTimeMilliseconds() - DiscordEpochMilliseconds;
        // Worker 1, process 1, increment 0: a 19-digit id for any date after 2022.
        var candidate = (milliseconds << 22) | (1L << 17) | (1L << 12);
        while (true)
        {
            var last = Interlocked.Read(ref _last);
            // Ids must grow even when the clock stands still (FakeTimeProvider) or several are made in one millisecond.
            var next = candidate > last ? candidate : last + 1;
            if (Interlocked.CompareExchange(ref _last, next, last) == last)
            {
                return (ulong)next;
            }
        }
    }

    public static DateTimeOffset TimestampOf(ulong snowflake) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)(snowflake >> 22) + DiscordEpochMilliseconds);
}
