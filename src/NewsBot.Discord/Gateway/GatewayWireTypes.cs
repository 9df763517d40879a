using NewsBot.Discord.Models;

namespace NewsBot.Discord.Gateway;

// Small wire records of the gateway handshake, kept together because each is a line long.

/// <summary><c>d</c> of HELLO.</summary>
internal sealed record HelloData(int HeartbeatInterval);

/// <summary><c>d.properties</c> of IDENTIFY.</summary>
internal sealed record IdentifyProperties(string Os, string Browser, string Device);

/// <summary><c>d</c> of IDENTIFY (op 2). Contains the token: never logged as is.</summary>
internal sealed record IdentifyData(string Token, int Intents, IdentifyProperties Properties, IReadOnlyList<int> Shard);

/// <summary><c>d</c> of RESUME (op 6). Contains the token: never logged as is.</summary>
internal sealed record ResumeData(string Token, string SessionId, int? Seq);

/// <summary>An unavailable guild stub in READY.</summary>
internal sealed record UnavailableGuild(ulong Id);

/// <summary><c>d</c> of the READY dispatch.</summary>
internal sealed record ReadyData(
    DiscordUser User,
    IReadOnlyList<UnavailableGuild>? Guilds,
    string SessionId,
    string ResumeGatewayUrl,
    DiscordApplication Application);
