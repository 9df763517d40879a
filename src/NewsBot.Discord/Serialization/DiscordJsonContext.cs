using System.Text.Json;
using System.Text.Json.Serialization;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Serialization;

/// <summary>
/// Source-generated JSON metadata for every Discord payload: snake_case names, nulls omitted, unknown fields
/// ignored, optional flags and counts sent as null read as false/0, every <see cref="ulong"/> (snowflakes, permission bitfields) as a string on the wire.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(SnowflakeJsonConverter), typeof(NullAsDefaultBooleanConverter), typeof(NullAsDefaultInt32Converter)])]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(IdentifyData))]
[JsonSerializable(typeof(ResumeData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(DiscordInteraction))]
[JsonSerializable(typeof(DiscordUser))]
[JsonSerializable(typeof(DiscordChannel))]
[JsonSerializable(typeof(DiscordApplication))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(MessagePayload))]
[JsonSerializable(typeof(ApplicationCommand))]
[JsonSerializable(typeof(List<ApplicationCommand>))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(DiscordErrorBody))]
[JsonSerializable(typeof(RateLimitBody))]
[JsonSerializable(typeof(CreateDmRequest))]
[JsonSerializable(typeof(InteractionCallbackBody))]
[JsonSerializable(typeof(DeferredCallbackData))]
[JsonSerializable(typeof(AutocompleteCallbackData))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonElement?))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(int))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
