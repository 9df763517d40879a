using System.Threading.Channels;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>Records every event delivered to the bot; optionally blocks or throws to test isolation.</summary>
internal sealed class RecordingEventHandler : IDiscordEventHandler
{
    private readonly Channel<object> _events = Channel.CreateUnbounded<object>();

    /// <summary>When set, message handlers wait for it (a slow bot).</summary>
    public TaskCompletionSource? BlockMessages { get; set; }

    /// <summary>When true, message handlers throw (a buggy bot).</summary>
    public bool ThrowOnMessage { get; set; }

    public Task OnReadyAsync(DiscordReadyEvent ready, CancellationToken cancellationToken)
    {
        _events.Writer.TryWrite(ready);
        return Task.CompletedTask;
    }

    public async Task OnMessageCreatedAsync(DiscordMessage message, CancellationToken cancellationToken)
    {
        _events.Writer.TryWrite(message);
        if (BlockMessages is { } block)
        {
            await block.Task.WaitAsync(cancellationToken);
        }

        if (ThrowOnMessage)
        {
            throw new InvalidOperationException("bot bug");
        }
    }

    public Task OnInteractionCreatedAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        _events.Writer.TryWrite(interaction);
        return Task.CompletedTask;
    }

    /// <summary>The next delivered event of type <typeparamref name="T"/> (skipping others; waits up to 10 s).</summary>
    public async Task<T> NextAsync<T>()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            while (true)
            {
                if (await _events.Reader.ReadAsync(limit.Token) is T match)
                {
                    return match;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No {typeof(T).Name} was delivered within 10 s.");
        }
    }
}
