namespace NewsBot.Discord.Commands;

/// <summary>An option of a slash command (name 1–32 lowercase, description 1–100).</summary>
public sealed record ApplicationCommandOption
{
    /// <summary>Option type.</summary>
    public required ApplicationCommandOptionType Type { get; init; }

    /// <summary>Name (1–32, lowercase).</summary>
    public required string Name { get; init; }

    /// <summary>Description (1–100).</summary>
    public required string Description { get; init; }

    /// <summary>Whether the user must fill it in; required options come first.</summary>
    public bool? Required { get; init; }

    /// <summary>Fixed choices (≤ 25); incompatible with <see cref="Autocomplete"/>.</summary>
    public IReadOnlyList<ApplicationCommandChoice>? Choices { get; init; }

    /// <summary>Ask the bot for suggestions while the user types.</summary>
    public bool? Autocomplete { get; init; }

    /// <summary>Options of a sub-command or group.</summary>
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>Minimum text length (0–6000).</summary>
    public int? MinLength { get; init; }

    /// <summary>Maximum text length (1–6000).</summary>
    public int? MaxLength { get; init; }

    /// <summary>Minimum number.</summary>
    public double? MinValue { get; init; }

    /// <summary>Maximum number.</summary>
    public double? MaxValue { get; init; }
}
