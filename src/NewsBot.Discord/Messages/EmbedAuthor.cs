namespace NewsBot.Discord.Messages;

/// <summary>Embed author line (name ≤ 256 code points).</summary>
/// <param name="Name">Author name.</param>
/// <param name="Url">Optional link on the name.</param>
public sealed record EmbedAuthor(string Name, string? Url = null);
