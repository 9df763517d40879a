using Microsoft.Extensions.Logging;
using NewsBot.Bot.Rendering;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Models;

namespace NewsBot.Bot.Commands;

/// <summary>
/// Sends each interaction to its command. Runs on the gateway handler, so it only decides and starts background work;
/// the only thing decided on the handler itself is whether a reindex may start (see <see cref="ReindexCommand.Begin"/>).
/// </summary>
internal sealed class InteractionRouter(
    AskCommand ask,
    ListCommands lists,
    ArticleCommand article,
    ReindexCommand reindex,
    StatusCommand status,
    InteractionReplies replies,
    BackgroundWork work,
    ILogger<InteractionRouter> logger)
{
    public void Dispatch(DiscordInteraction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var name = interaction.Data?.Name;
        Func<CancellationToken, Task> run = interaction.Type switch
        {
            InteractionType.ApplicationCommandAutocomplete when name == BotCommands.Article => token => article.SuggestAsync(interaction, token),
            InteractionType.ApplicationCommand => name switch
            {
                BotCommands.Ask => token => ask.AskAsync(interaction, token),
                BotCommands.AskMessage => token => ask.AskMessageAsync(interaction, token),
                BotCommands.Search => token => lists.SearchAsync(interaction, token),
                BotCommands.Sources => token => lists.SourcesAsync(interaction, token),
                BotCommands.Article => token => article.ShowAsync(interaction, token),
                BotCommands.Help => token => replies.RespondAsync(interaction, MessagePayload.Text(HelpText.Content), ephemeral: true, token),
                BotCommands.Reindex => reindex.Begin(interaction),
                BotCommands.Status => token => status.ShowAsync(interaction, token),
                _ => Unknown(interaction),
            },
            InteractionType.MessageComponent => token => lists.TryHandleClick(interaction, token, out var handled) ? handled : Unknown(interaction)(token),
            _ => Unknown(interaction),
        };

        work.Start($"answer /{name ?? interaction.Data?.CustomId ?? interaction.Type.ToString()}", run);
    }

    private Func<CancellationToken, Task> Unknown(DiscordInteraction interaction)
    {
        BotLog.UnknownInteraction(logger, interaction.Data?.Name ?? interaction.Data?.CustomId, (int)interaction.Type);
        if (interaction.Type is InteractionType.ApplicationCommandAutocomplete or InteractionType.Ping)
        {
            return _ => Task.CompletedTask; // nothing sensible to suggest; Discord shows no choices
        }

        return token => replies.RespondAsync(interaction,
            MessagePayload.Text("I don't know that command or button any more (it may come from an older version of the bot). Try `/help`."),
            ephemeral: true, token);
    }
}
