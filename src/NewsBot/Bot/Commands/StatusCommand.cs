using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Rendering;
using NewsBot.Core.Indexing;
using NewsBot.Discord;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Models;

namespace NewsBot.Bot.Commands;

/// <summary><c>/status</c> (admins): index size and age, uptime, gateway latency and shards, shown only to the caller.</summary>
internal sealed class StatusCommand(
    IIndexMaintainer index,
    IOptions<BotOptions> options,
    InteractionReplies replies,
    BotUptime uptime,
    IServiceProvider services,
    ILogger<StatusCommand> logger)
{
    public Task ShowAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (!AdminAccess.IsAdmin(interaction, options.Value))
        {
            BotLog.Refused(logger, BotCommands.Status, interaction.Invoker?.Id);
            return replies.RespondAsync(interaction, MessagePayload.Text(AdminRenderer.Refusal), ephemeral: true, cancellationToken);
        }

        // Resolved here, not injected: the client depends on the event handler, which depends on this command.
        var client = services.GetRequiredService<DiscordClient>();
        var text = AdminRenderer.Status(index.Status, index.IsRebuilding, uptime.Elapsed, client.Latency, client.Shards);
        return replies.RespondAsync(interaction, MessagePayload.Text(text), ephemeral: true, cancellationToken);
    }
}
