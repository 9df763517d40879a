using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Runs event handlers off the receive loop: the loop only enqueues, so a slow handler can never delay
/// heartbeats. Handlers start in arrival order; up to <c>maxConcurrency</c> run at once so one slow answer
/// does not make the next interaction miss its 3-second deadline. A failing handler is logged and forgotten.
/// </summary>
internal sealed class EventDispatcher(int shardId, ILogger logger, int maxConcurrency = 16)
{
    private readonly Channel<(string Name, Func<CancellationToken, Task> Handler)> _queue =
        Channel.CreateUnbounded<(string, Func<CancellationToken, Task>)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _slots = new(maxConcurrency, maxConcurrency);

    public void Enqueue(string eventName, Func<CancellationToken, Task> handler) =>
        _queue.Writer.TryWrite((eventName, handler));

    /// <summary>Delivers queued events until cancelled, then waits for the handlers still running.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var running = new List<Task>();
        try
        {
            await foreach (var (name, handler) in _queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                running.RemoveAll(t => t.IsCompleted);
                running.Add(InvokeAsync(name, handler, cancellationToken));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: fall through and let running handlers observe the cancellation.
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    private async Task InvokeAsync(string name, Func<CancellationToken, Task> handler, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Yield();
            await handler(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client is stopping.
        }
#pragma warning disable CA1031 // A handler's bug must not stop event delivery: log it and carry on.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            GatewayLog.HandlerFailed(logger, exception, shardId, name);
        }
        finally
        {
            _slots.Release();
        }
    }
}
