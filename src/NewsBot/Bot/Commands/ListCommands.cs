using NewsBot.Bot.Rendering;
using NewsBot.Core.Catalog;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Models;

namespace NewsBot.Bot.Commands;

/// <summary>
/// <c>/search</c> and <c>/sources</c>, and their Previous/Next buttons. A click updates the message in place (type 7),
/// for whoever clicks: the list is public and the same for everyone. The page comes from the button's custom id,
/// clamped to the list as it is now, so old buttons keep working after a reindex.
/// </summary>
internal sealed class ListCommands(IArticleCatalog catalog, InteractionReplies replies, Discord.Rest.IDiscordRestClient rest)
{
    public const string ExpiredSearch = "This search can't be continued (its message was changed). Run `/search` again.";

    public Task SearchAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var query = (interaction.Data?.GetOption("query")?.ValueAsString() ?? "").Trim();
        if (query.Length == 0)
        {
            return replies.RespondAsync(interaction, MessagePayload.Text("Give some words to search for: `/search query:macron election`."), ephemeral: true, cancellationToken);
        }

        return replies.ReplyAsync(interaction, () => SearchPage(query, 1), ephemeral: false, cancellationToken);
    }

    public Task SourcesAsync(DiscordInteraction interaction, CancellationToken cancellationToken) =>
        replies.ReplyAsync(interaction, () => SourcesPage(1), ephemeral: false, cancellationToken);

    /// <summary>A Previous/Next click; false when the custom id is not one of ours.</summary>
    public bool TryHandleClick(DiscordInteraction interaction, CancellationToken cancellationToken, out Task handled)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        handled = Task.CompletedTask;
        var id = PageCustomId.Parse(interaction.Data?.CustomId);
        if (id is null)
        {
            return false;
        }

        if (id.Kind == PageCustomId.SourcesKind)
        {
            handled = UpdateAsync(interaction, () => SourcesPage(id.Page), cancellationToken);
            return true;
        }

        var query = id.Query ?? ListPageRenderer.QueryFromContent(interaction.Message?.Content);
        if (query is null || (id.QueryHash is { } hash && PageCustomId.Hash(query) != hash))
        {
            handled = replies.RespondAsync(interaction, MessagePayload.Text(ExpiredSearch), ephemeral: true, cancellationToken);
            return true;
        }

        handled = UpdateAsync(interaction, () => SearchPage(query, id.Page), cancellationToken);
        return true;
    }

    private MessagePayload SearchPage(string query, int page)
    {
        var size = ListPageRenderer.SearchPageSize;
        var results = catalog.Search(query, (Math.Max(page, 1) - 1) * size, size);
        var clamped = ListPageRenderer.ClampPage(page, results.Total, size);
        if (clamped != page && results.Total > 0)
        {
            results = catalog.Search(query, (clamped - 1) * size, size);
        }

        return ListPageRenderer.Search(query, results, clamped);
    }

    private MessagePayload SourcesPage(int page)
    {
        var size = ListPageRenderer.SourcesPageSize;
        var articles = catalog.ListArticles((Math.Max(page, 1) - 1) * size, size);
        var clamped = ListPageRenderer.ClampPage(page, articles.Total, size);
        if (clamped != page && articles.Total > 0)
        {
            articles = catalog.ListArticles((clamped - 1) * size, size);
        }

        return ListPageRenderer.Sources(articles, clamped);
    }

    private async Task UpdateAsync(DiscordInteraction interaction, Func<MessagePayload> produce, CancellationToken cancellationToken)
    {
        // Catalogue pages come from the in-memory snapshot and take milliseconds: the update is the response itself.
        var payload = await Task.Run(produce, cancellationToken).ConfigureAwait(false);
        await rest.RespondToInteractionAsync(interaction, InteractionResponse.UpdateMessage(payload), cancellationToken).ConfigureAwait(false);
    }
}
