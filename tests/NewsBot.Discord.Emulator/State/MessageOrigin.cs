using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator.State;

/// <summary>Who makes a message and how: the bot over REST, an interaction response or follow-up, or a test-injected user.</summary>
internal sealed record MessageOrigin(
    ulong AuthorId,
    int Type = 0,
    bool WebhookStyle = false,
    ulong? InteractionId = null,
    JsonObject? InteractionMetadata = null,
    bool Ephemeral = false,
    bool Loading = false,
    MessageRecord? Referenced = null);
