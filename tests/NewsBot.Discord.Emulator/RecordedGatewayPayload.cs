using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator;

/// <summary>A gateway payload, as received from the client or sent by the emulator. Tokens in IDENTIFY/RESUME are redacted.</summary>
/// <param name="ConnectionId">Connection it travelled on.</param>
/// <param name="FromClient">True for client → emulator.</param>
/// <param name="Op">Opcode.</param>
/// <param name="Data">The <c>d</c> field (a copy, token replaced by "[redacted]").</param>
/// <param name="Sequence">The <c>s</c> field (dispatches only).</param>
/// <param name="EventName">The <c>t</c> field (dispatches only).</param>
/// <param name="At">When it was received or sent (emulator clock).</param>
/// <param name="CarriedValidToken">For IDENTIFY/RESUME: whether <c>d.token</c> was the bot token (the token itself is never kept).</param>
public sealed record RecordedGatewayPayload(
    int ConnectionId, bool FromClient, int Op, JsonNode? Data, int? Sequence, string? EventName, DateTimeOffset At, bool? CarriedValidToken = null);
