using NewsBot.Discord.Models;

namespace NewsBot.Discord;

/// <summary>
/// Implemented by the bot: receives gateway events. Calls run off the receive loop (one queue per shard;
/// handlers start in arrival order and up to 16 per shard run at once), so a slow handler never delays
/// heartbeats or the next interaction; an exception is logged and the next event is delivered. The token is
/// cancelled when the client stops.
/// </summary>
public interface IDiscordEventHandler
{
    /// <summary>A shard is connected and identified (called again after a fresh IDENTIFY, not after a RESUME).</summary>
    Task OnReadyAsync(DiscordReadyEvent ready, CancellationToken cancellationToken);

    /// <summary>A message was posted (including the bot's own: compare <c>Author.Id</c> with the ready user).</summary>
    Task OnMessageCreatedAsync(DiscordMessage message, CancellationToken cancellationToken);

    /// <summary>A command, component click or autocomplete request; answer it within 3 s.</summary>
    Task OnInteractionCreatedAsync(DiscordInteraction interaction, CancellationToken cancellationToken);
}
