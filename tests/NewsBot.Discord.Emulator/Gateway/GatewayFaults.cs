namespace NewsBot.Discord.Emulator.Gateway;

/// <summary>Standing gateway faults a test switches on; read on every frame.</summary>
internal sealed class GatewayFaults
{
    private long _frameDelayTicks;
    private int _maxFrameBytes;
    private int _ackHeartbeats = 1;

    public bool AckHeartbeats
    {
        get => Volatile.Read(ref _ackHeartbeats) == 1;
        set => Volatile.Write(ref _ackHeartbeats, value ? 1 : 0);
    }

    public TimeSpan FrameDelay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _frameDelayTicks));
        set => Interlocked.Exchange(ref _frameDelayTicks, value.Ticks);
    }

    /// <summary>0 sends each payload as one frame; otherwise payloads are split into frames of at most this many bytes.</summary>
    public int MaxFrameBytes
    {
        get => Volatile.Read(ref _maxFrameBytes);
        set => Volatile.Write(ref _maxFrameBytes, value);
    }
}
