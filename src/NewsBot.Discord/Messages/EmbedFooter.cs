namespace NewsBot.Discord.Messages;

/// <summary>Embed footer (text ≤ 2048 code points).</summary>
/// <param name="Text">Footer text.</param>
public sealed record EmbedFooter(string Text);
