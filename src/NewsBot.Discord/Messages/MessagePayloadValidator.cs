using System.Globalization;
using NewsBot.Discord.Commands;

namespace NewsBot.Discord.Messages;

/// <summary>Checks a message against Discord's limits before it is sent, naming the offending field.</summary>
internal static class MessagePayloadValidator
{
    public const int MaxContent = 2000;
    public const int MaxEmbeds = 10;
    public const int MaxEmbedTotal = 6000;
    public const int MaxActionRows = 5;
    public const int MaxButtonsPerRow = 5;
    public const int MaxChoices = 25;

    /// <summary>Validates a message; <paramref name="requireBody"/> is false for edits, which may change only components.</summary>
    public static void Validate(MessagePayload payload, bool requireBody = true)
    {
        ArgumentNullException.ThrowIfNull(payload);
        TextLength.Check("content", payload.Content, MaxContent);
        ValidateEmbeds(payload.Embeds);
        ValidateComponents(payload.Components);
        ValidateAllowedMentions(payload.AllowedMentions);

        if (requireBody && string.IsNullOrEmpty(payload.Content) && (payload.Embeds is null || payload.Embeds.Count == 0)
            && (payload.Components is null || payload.Components.Count == 0))
        {
            throw new DiscordValidationException("content", "the message is empty; set content, an embed or components (Discord error 50006).");
        }
    }

    /// <summary>Validates autocomplete or option choices.</summary>
    public static void ValidateChoices(string field, IReadOnlyList<ApplicationCommandChoice>? choices)
    {
        if (choices is null)
        {
            return;
        }

        if (choices.Count > MaxChoices)
        {
            throw new DiscordValidationException(field, $"has {choices.Count} choices; Discord allows at most {MaxChoices}.");
        }

        for (var i = 0; i < choices.Count; i++)
        {
            TextLength.CheckRange($"{field}[{i}].name", choices[i].Name, 1, 100);
            if (choices[i].Value.ValueKind == System.Text.Json.JsonValueKind.String)
            {
                TextLength.Check($"{field}[{i}].value", choices[i].Value.GetString(), 100);
            }
        }
    }

    private static void ValidateEmbeds(IReadOnlyList<Embed>? embeds)
    {
        if (embeds is null)
        {
            return;
        }

        if (embeds.Count > MaxEmbeds)
        {
            throw new DiscordValidationException("embeds", $"has {embeds.Count} embeds; Discord allows at most {MaxEmbeds}.");
        }

        var total = 0;
        for (var i = 0; i < embeds.Count; i++)
        {
            total += ValidateEmbed($"embeds[{i}]", embeds[i]);
        }

        if (total > MaxEmbedTotal)
        {
            throw new DiscordValidationException("embeds", $"hold {total} characters in titles, descriptions, fields, footers and authors; Discord allows at most {MaxEmbedTotal} per message.");
        }
    }

    private static int ValidateEmbed(string field, Embed embed)
    {
        TextLength.Check($"{field}.title", embed.Title, 256);
        TextLength.Check($"{field}.description", embed.Description, 4096);
        TextLength.Check($"{field}.footer.text", embed.Footer?.Text, 2048);
        TextLength.Check($"{field}.author.name", embed.Author?.Name, 256);
        var total = TextLength.CodePoints(embed.Title) + TextLength.CodePoints(embed.Description)
            + TextLength.CodePoints(embed.Footer?.Text) + TextLength.CodePoints(embed.Author?.Name);

        var fields = embed.Fields ?? [];
        if (fields.Count > 25)
        {
            throw new DiscordValidationException($"{field}.fields", $"has {fields.Count} fields; Discord allows at most 25.");
        }

        for (var i = 0; i < fields.Count; i++)
        {
            TextLength.CheckRange($"{field}.fields[{i}].name", fields[i].Name, 1, 256);
            TextLength.CheckRange($"{field}.fields[{i}].value", fields[i].Value, 1, 1024);
            total += TextLength.CodePoints(fields[i].Name) + TextLength.CodePoints(fields[i].Value);
        }

        return total;
    }

    private static void ValidateComponents(IReadOnlyList<ActionRow>? rows)
    {
        if (rows is null)
        {
            return;
        }

        if (rows.Count > MaxActionRows)
        {
            throw new DiscordValidationException("components", $"has {rows.Count} action rows; Discord allows at most {MaxActionRows}.");
        }

        var customIds = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            var buttons = rows[r].Components ?? [];
            if (buttons.Count is 0 or > MaxButtonsPerRow)
            {
                throw new DiscordValidationException($"components[{r}].components", $"has {buttons.Count} buttons; an action row holds 1 to {MaxButtonsPerRow}.");
            }

            for (var b = 0; b < buttons.Count; b++)
            {
                ValidateButton(string.Create(CultureInfo.InvariantCulture, $"components[{r}].components[{b}]"), buttons[b], customIds);
            }
        }
    }

    private static void ValidateButton(string field, Button button, HashSet<string> customIds)
    {
        TextLength.Check($"{field}.label", button.Label, 80);
        if (button.Style == ButtonStyle.Link)
        {
            if (string.IsNullOrEmpty(button.Url) || button.CustomId is not null)
            {
                throw new DiscordValidationException($"{field}.url", "a link button needs a url (≤ 512 characters) and no custom_id.");
            }

            TextLength.Check($"{field}.url", button.Url, 512);
            return;
        }

        TextLength.CheckRange($"{field}.custom_id", button.CustomId, 1, 100);
        if (!customIds.Add(button.CustomId!))
        {
            throw new DiscordValidationException($"{field}.custom_id", $"'{button.CustomId}' is used twice; custom ids must be unique within a message.");
        }
    }

    private static void ValidateAllowedMentions(AllowedMentions mentions)
    {
        // Listing a type in parse and also giving its explicit id list is rejected by Discord.
        if (mentions.Users is not null && mentions.Parse.Contains("users"))
        {
            throw new DiscordValidationException("allowed_mentions.users", "cannot be combined with \"users\" in allowed_mentions.parse.");
        }

        if (mentions.Roles is not null && mentions.Parse.Contains("roles"))
        {
            throw new DiscordValidationException("allowed_mentions.roles", "cannot be combined with \"roles\" in allowed_mentions.parse.");
        }

        if (mentions.Users?.Count > 100 || mentions.Roles?.Count > 100)
        {
            throw new DiscordValidationException("allowed_mentions", "lists more than 100 users or roles.");
        }
    }
}
