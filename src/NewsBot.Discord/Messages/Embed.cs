namespace NewsBot.Discord.Messages;

/// <summary>
/// A rich embed. Limits (checked before sending): title 256, description 4096, ≤ 25 fields, footer 2048,
/// author 256, and at most 6000 code points across all embeds of a message.
/// </summary>
public sealed record Embed
{
    /// <summary>Title (≤ 256).</summary>
    public string? Title { get; init; }

    /// <summary>Body text (≤ 4096).</summary>
    public string? Description { get; init; }

    /// <summary>Link on the title.</summary>
    public string? Url { get; init; }

    /// <summary>Side colour as 0xRRGGBB.</summary>
    public int? Color { get; init; }

    /// <summary>Timestamp shown in the footer.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Footer.</summary>
    public EmbedFooter? Footer { get; init; }

    /// <summary>Author line.</summary>
    public EmbedAuthor? Author { get; init; }

    /// <summary>Fields (≤ 25).</summary>
    public IReadOnlyList<EmbedField>? Fields { get; init; }
}
