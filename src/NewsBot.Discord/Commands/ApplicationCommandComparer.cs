using System.Text.Json;
using NewsBot.Discord.Serialization;

namespace NewsBot.Discord.Commands;

/// <summary>
/// Decides whether the registered commands already match the wanted ones, ignoring what Discord adds
/// (ids, versions, defaults such as <c>required: false</c>) and the order of the commands themselves.
/// </summary>
internal static class ApplicationCommandComparer
{
    public static bool AreEquivalent(IReadOnlyList<ApplicationCommand> wanted, IReadOnlyList<ApplicationCommand> registered)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(registered);
        if (wanted.Count != registered.Count)
        {
            return false;
        }

        var registeredByKey = registered.ToDictionary(c => (c.Type, c.Name));
        foreach (var command in wanted)
        {
            if (!registeredByKey.TryGetValue((command.Type, command.Name), out var existing)
                || !string.Equals(Canonical(command, command), Canonical(existing, command), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Canonical JSON of <paramref name="command"/>. Fields the wanted definition leaves to Discord's
    /// defaults (contexts, nsfw) are dropped on both sides, so Discord's filled-in values do not count as changes.
    /// </summary>
    private static string Canonical(ApplicationCommand command, ApplicationCommand wanted)
    {
        var normalized = command with
        {
            Id = null,
            Options = Normalize(command.Options),
            Contexts = wanted.Contexts is null ? null : command.Contexts ?? [InteractionContextType.Guild, InteractionContextType.BotDm, InteractionContextType.PrivateChannel],
            Nsfw = wanted.Nsfw is null || command.Nsfw == false ? null : command.Nsfw,
        };
        return JsonSerializer.Serialize(normalized, DiscordJsonContext.Default.ApplicationCommand);
    }

    private static List<ApplicationCommandOption>? Normalize(IReadOnlyList<ApplicationCommandOption>? options)
    {
        if (options is null || options.Count == 0)
        {
            return null;
        }

        return options.Select(o => o with
        {
            Required = o.Required == true ? true : null,
            Autocomplete = o.Autocomplete == true ? true : null,
            Choices = o.Choices is { Count: > 0 } ? o.Choices.Select(c => c with { Value = Reparse(c.Value) }).ToList() : null,
            Options = Normalize(o.Options),
        }).ToList();
    }

    // Numbers compare by value: 1 and 1.0 are the same choice.
    private static JsonElement Reparse(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number)
            ? JsonSerializer.SerializeToElement(number, DiscordJsonContext.Default.Double)
            : value;
}
