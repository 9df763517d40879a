using System.Text.Json;
using NewsBot.Discord.Models;
using NewsBot.Discord.Serialization;

namespace NewsBot.Discord.Gateway;

internal sealed partial class ShardConnection
{
    /// <summary>Updates the session on READY/RESUMED and queues the events the bot handles; never blocks.</summary>
    private void HandleDispatch(string? eventName, JsonElement data)
    {
        try
        {
            switch (eventName)
            {
                case "READY":
                    HandleReady(data);
                    break;

                case "RESUMED":
                    MarkHealthy();
                    GatewayLog.Resumed(_logger, ShardId);
                    break;

                case "MESSAGE_CREATE":
                    var message = data.Deserialize(DiscordJsonContext.Default.DiscordMessage)!;
                    _dispatcher.Enqueue(eventName, ct => _context.Handler.OnMessageCreatedAsync(message, ct));
                    break;

                case "INTERACTION_CREATE":
                    var interaction = data.Deserialize(DiscordJsonContext.Default.DiscordInteraction)!;
                    _dispatcher.Enqueue(eventName, ct => _context.Handler.OnInteractionCreatedAsync(interaction, ct));
                    break;
            }
        }
        catch (JsonException exception)
        {
            // One malformed event must not cost the connection.
            GatewayLog.UnreadablePayload(_logger, exception, ShardId, eventName ?? "dispatch");
        }
    }

    private void HandleReady(JsonElement data)
    {
        var ready = data.Deserialize(DiscordJsonContext.Default.ReadyData)
            ?? throw new JsonException("READY without data");
        _session.Ready(ready.SessionId, ready.ResumeGatewayUrl, ready.User.Id, ready.Application.Id);
        MarkHealthy();
        GatewayLog.Ready(_logger, ShardId, ready.User.Username, ready.User.Id, ready.Guilds?.Count ?? 0);

        var readyEvent = new DiscordReadyEvent(ShardId, _context.ShardCount, ready.User, ready.Application.Id, (ready.Guilds ?? []).Select(g => g.Id).ToList());
        _context.OnReady?.Invoke(readyEvent);
        _dispatcher.Enqueue("READY", ct => _context.Handler.OnReadyAsync(readyEvent, ct));
    }

    private void MarkHealthy()
    {
        _state = ShardState.Ready;
        _failedConnections = 0;
        _failedResumes = 0;
    }
}
