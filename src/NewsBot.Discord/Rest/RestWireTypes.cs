using System.Text.Json;
using NewsBot.Discord.Commands;

namespace NewsBot.Discord.Rest;

// Small wire records of the HTTP API, kept together because each is a line long.

/// <summary>Discord's error body: <c>{code, message, errors?}</c>.</summary>
internal sealed record DiscordErrorBody(int? Code, string? Message, JsonElement? Errors);

/// <summary>A 429 body: <c>retry_after</c> is in (fractional) seconds in v10.</summary>
internal sealed record RateLimitBody(string? Message, double? RetryAfter, bool Global, int? Code);

/// <summary><c>POST users/@me/channels</c> body.</summary>
internal sealed record CreateDmRequest(ulong RecipientId);

/// <summary>Interaction callback body <c>{type, data?}</c>; <c>data</c> depends on the type.</summary>
internal sealed record InteractionCallbackBody(int Type, JsonElement? Data);

/// <summary><c>data</c> of a deferred response (only the ephemeral flag may be set).</summary>
internal sealed record DeferredCallbackData(int Flags);

/// <summary><c>data</c> of an autocomplete result.</summary>
internal sealed record AutocompleteCallbackData(IReadOnlyList<ApplicationCommandChoice> Choices);
