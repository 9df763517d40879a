using NewsBot.Discord.Emulator.Gateway;
using NewsBot.Discord.Emulator.RateLimiting;
using NewsBot.Discord.Emulator.State;

namespace NewsBot.Discord.Emulator.Rest;

/// <summary>What the route handlers share.</summary>
internal sealed record RestServices(
    EmulatorOptions Options, EmulatorState State, GatewayServer Gateway, RestRateLimiter RateLimiter, string BotToken)
{
    public ulong BotUserId => State.BotUserId;

    /// <summary>The emulator's application id equals the bot user id, as for every modern Discord bot.</summary>
    public ulong ApplicationId => State.BotUserId;
}
