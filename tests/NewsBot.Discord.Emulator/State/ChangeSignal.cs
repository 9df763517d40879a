namespace NewsBot.Discord.Emulator.State;

/// <summary>Wakes waiters whenever the emulator records something, so tests wait for a condition instead of sleeping.</summary>
internal sealed class ChangeSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task NextChange => Volatile.Read(ref _next).Task;

    public void Notify()
    {
        var previous = Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        previous.TrySetResult();
    }
}
