using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NewsBot.Bot;

/// <summary>
/// Runs the slow part of handling an event off the gateway's handler, so the handler returns at once and the next
/// interaction is acknowledged within its 3 s even while answers or a reindex run. Work gets a token that is cancelled
/// at shutdown, after in-flight work has had a grace period to finish its reply.
/// </summary>
internal sealed class BackgroundWork(ILogger<BackgroundWork> logger) : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<long, Task> _running = new();
    private long _nextId;

    public int Running => _running.Count;

    public void Start(string what, Func<CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var id = Interlocked.Increment(ref _nextId);
        var token = _stopping.Token;
        var task = Task.Run(async () =>
        {
            try
            {
                await work(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // Shutting down.
            }
            catch (Exception exception)
            {
                BotLog.ActionFailed(logger, what, exception.Message, exception);
            }
            finally
            {
                _running.TryRemove(id, out _);
            }
        }, CancellationToken.None);
        _running[id] = task;
        if (task.IsCompleted)
        {
            _running.TryRemove(id, out _);
        }
    }

    /// <summary>Lets running work finish for up to <paramref name="grace"/>, then cancels what is left and waits briefly for it.</summary>
    public async Task StopAsync(TimeSpan grace, CancellationToken cancellationToken)
    {
        await WaitAsync(grace, cancellationToken).ConfigureAwait(false);
        await _stopping.CancelAsync().ConfigureAwait(false);
        await WaitAsync(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(_running.Values).WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            // Whatever is still running is abandoned; failures were logged by the work itself.
        }
    }
}
