using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator;

/// <summary>An interaction a test injected (and dispatched as INTERACTION_CREATE).</summary>
/// <param name="Id">Interaction id.</param>
/// <param name="Token">Interaction token (a capability: do not log it).</param>
/// <param name="Type">2 application command, 3 message component, 4 autocomplete.</param>
/// <param name="Payload">The interaction object as dispatched (a copy).</param>
public sealed record InjectedInteraction(ulong Id, string Token, int Type, JsonObject Payload)
{
    /// <summary>Hides the token from test output.</summary>
    public override string ToString() => $"InjectedInteraction {{ Id = {Id}, Type = {Type} }}";
}
