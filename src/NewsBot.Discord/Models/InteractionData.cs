namespace NewsBot.Discord.Models;

/// <summary>The payload of an interaction: which command or component, and what the user entered.</summary>
public sealed record InteractionData
{
    /// <summary>Command id (commands and autocomplete).</summary>
    public ulong? Id { get; init; }

    /// <summary>Command name (commands and autocomplete).</summary>
    public string? Name { get; init; }

    /// <summary>Command type: 1 slash, 2 user, 3 message (commands and autocomplete).</summary>
    public int? Type { get; init; }

    /// <summary>Options the user filled in; for autocomplete one of them is <see cref="InteractionDataOption.Focused"/>.</summary>
    public IReadOnlyList<InteractionDataOption> Options { get; init => field = value ?? []; } = [];

    /// <summary>The component's custom id (components and modals).</summary>
    public string? CustomId { get; init; }

    /// <summary>Component type: 2 button, 3 string select, ... (components).</summary>
    public int? ComponentType { get; init; }

    /// <summary>Selected values (select menus).</summary>
    public IReadOnlyList<string> Values { get; init => field = value ?? []; } = [];

    /// <summary>The user or message a context-menu command targets.</summary>
    public ulong? TargetId { get; init; }

    /// <summary>Resolved objects (e.g. the target message of a message command).</summary>
    public InteractionResolvedData? Resolved { get; init; }

    /// <summary>Finds a top-level option by name.</summary>
    public InteractionDataOption? GetOption(string name) =>
        Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal));

    /// <summary>The option the user is typing into, searching sub-commands too (autocomplete).</summary>
    public InteractionDataOption? FindFocusedOption() => FindFocused(Options);

    /// <summary>The message a message command targets, when Discord resolved it.</summary>
    public DiscordMessage? TargetMessage =>
        TargetId is { } id && Resolved?.Messages.TryGetValue(id, out var message) == true ? message : null;

    private static InteractionDataOption? FindFocused(IReadOnlyList<InteractionDataOption> options)
    {
        foreach (var option in options)
        {
            if (option.Focused)
            {
                return option;
            }

            if (FindFocused(option.Options) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }
}
