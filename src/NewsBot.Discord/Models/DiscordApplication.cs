namespace NewsBot.Discord.Models;

/// <summary>The bot's application (from READY or <c>GET applications/@me</c>).</summary>
/// <param name="Id">Application id: the id commands and interaction webhooks are registered under.</param>
/// <param name="Name">Application name (absent in READY).</param>
public sealed record DiscordApplication(ulong Id, string? Name = null)
{
    /// <summary>Application flags (e.g. whether the Message Content intent is enabled).</summary>
    public int? Flags { get; init; }
}
