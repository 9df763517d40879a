using System.Text.Json;

namespace NewsBot.Discord.Gateway;

/// <summary>Every gateway frame: <c>{op, d, s, t}</c>; <c>s</c> and <c>t</c> are set only on dispatches (op 0).</summary>
internal sealed record GatewayPayload(int Op, JsonElement D, int? S = null, string? T = null);
