namespace NewsBot.Discord.Messages;

/// <summary>A name/value field of an embed (name ≤ 256, value ≤ 1024 code points).</summary>
/// <param name="Name">Field title.</param>
/// <param name="Value">Field text.</param>
/// <param name="Inline">Whether Discord may lay it out side by side with its neighbours.</param>
public sealed record EmbedField(string Name, string Value, bool Inline = false);
