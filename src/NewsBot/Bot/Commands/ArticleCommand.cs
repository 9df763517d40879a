using NewsBot.Bot.Rendering;
using NewsBot.Core.Catalog;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Bot.Commands;

/// <summary><c>/article title:</c> with title autocomplete (up to 25 suggestions; the value is the article id).</summary>
internal sealed class ArticleCommand(IArticleCatalog catalog, InteractionReplies replies, IDiscordRestClient rest)
{
    public const int MaxChoices = 25;
    private const int MaxChoiceText = 100;

    public Task ShowAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var title = (interaction.Data?.GetOption("title")?.ValueAsString() ?? "").Trim();
        var article = title.Length == 0 ? null : catalog.FindArticle(title);
        return article is null
            ? replies.RespondAsync(interaction, MessagePayload.Text(ArticleRenderer.NotFound(title)), ephemeral: true, cancellationToken)
            : replies.ReplyAsync(interaction, () => MessagePayload.Text(ArticleRenderer.Render(article)), ephemeral: false, cancellationToken);
    }

    public Task SuggestAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var typed = interaction.Data?.FindFocusedOption()?.ValueAsString() ?? "";
        return rest.RespondToInteractionAsync(interaction, InteractionResponse.Autocomplete(Choices(catalog, typed)), cancellationToken);
    }

    /// <summary>Suggestions for what has been typed: names are titles (≤ 100), values are article ids (≤ 100, else skipped).</summary>
    internal static IReadOnlyList<ApplicationCommandChoice> Choices(IArticleCatalog catalog, string typed)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var choices = new List<ApplicationCommandChoice>();
        foreach (var article in catalog.SuggestTitles(typed.Trim(), MaxChoices))
        {
            if (article.Id.Length is 0 or > MaxChoiceText || !seen.Add(article.Id))
            {
                continue;
            }

            var title = string.Join(' ', article.Title.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
            var name = PlainText.Shorten(title.Length == 0 ? article.Id : title, MaxChoiceText);
            choices.Add(ApplicationCommandChoice.Of(name, article.Id));
            if (choices.Count == MaxChoices)
            {
                break;
            }
        }

        return choices;
    }
}
