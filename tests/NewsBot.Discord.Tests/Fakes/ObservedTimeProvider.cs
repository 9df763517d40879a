using Microsoft.Extensions.Time.Testing;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also tells the test when the code under test has started waiting,
/// so the test advances time only after the timer it means exists (no sleeps, no races).
/// </summary>
internal sealed class ObservedTimeProvider : FakeTimeProvider
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);
    private readonly Lock _lock = new();
    private readonly List<DateTimeOffset> _dueTimes = [];
    private readonly List<(Func<DateTimeOffset, bool> Match, TaskCompletionSource Signal)> _waiters = [];

    public ObservedTimeProvider()
        : base(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero))
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            var due = GetUtcNow() + dueTime;
            lock (_lock)
            {
                // Each created timer satisfies at most one wait.
                var waiter = _waiters.FindIndex(w => w.Match(due));
                if (waiter >= 0)
                {
                    _waiters[waiter].Signal.TrySetResult();
                    _waiters.RemoveAt(waiter);
                }
                else
                {
                    _dueTimes.Add(due);
                }
            }
        }

        return timer;
    }

    /// <summary>Waits (in real time, bounded) until a timer due exactly at <paramref name="due"/> was created.</summary>
    public Task WaitForTimerAsync(DateTimeOffset due) => WaitForTimerAsync(d => d == due, $"a timer due at {due:HH:mm:ss.fff}");

    /// <summary>Waits until a timer due <paramref name="fromNow"/> after the current fake time was created.</summary>
    public Task WaitForTimerInAsync(TimeSpan fromNow) => WaitForTimerAsync(GetUtcNow() + fromNow);

    /// <summary>Waits until a timer whose due time satisfies <paramref name="match"/> was created.</summary>
    public Task WaitForTimerAsync(Func<DateTimeOffset, bool> match, string description)
    {
        TaskCompletionSource signal;
        lock (_lock)
        {
            if (_dueTimes.Any(match))
            {
                _dueTimes.RemoveAt(_dueTimes.FindIndex(d => match(d)));
                return Task.CompletedTask;
            }

            signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, signal));
        }

        return WithLimit(signal.Task, description);
    }

    /// <summary>Advances time to <paramref name="moment"/>.</summary>
    public void AdvanceTo(DateTimeOffset moment) => Advance(moment - GetUtcNow());

    private static async Task WithLimit(Task task, string description)
    {
        if (await Task.WhenAny(task, Task.Delay(WaitLimit)) != task)
        {
            throw new TimeoutException($"The code under test never started waiting for {description}.");
        }
    }
}
