namespace NewsBot.Discord.Messages;

/// <summary>A button in an <see cref="ActionRow"/> (label ≤ 80, custom id 1–100 characters).</summary>
public sealed record Button
{
    /// <summary>Component type 2 (button), fixed.</summary>
    public int Type => 2;

    /// <summary>Style; <see cref="ButtonStyle.Link"/> buttons need <see cref="Url"/> instead of <see cref="CustomId"/>.</summary>
    public ButtonStyle Style { get; init; } = ButtonStyle.Secondary;

    /// <summary>Text on the button (≤ 80).</summary>
    public string? Label { get; init; }

    /// <summary>Returned in the component interaction (1–100, unique per message).</summary>
    public string? CustomId { get; init; }

    /// <summary>Target of a link button.</summary>
    public string? Url { get; init; }

    /// <summary>Greyed out.</summary>
    public bool Disabled { get; init; }

    /// <summary>A clickable button that sends an interaction with <paramref name="customId"/>.</summary>
    public static Button Create(string customId, string label, ButtonStyle style = ButtonStyle.Secondary) =>
        new() { CustomId = customId, Label = label, Style = style };

    /// <summary>A button that opens <paramref name="url"/>.</summary>
    public static Button Link(string url, string label) => new() { Url = url, Label = label, Style = ButtonStyle.Link };
}
