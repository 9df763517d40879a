namespace NewsBot.Discord.Emulator;

/// <summary>A user known to the emulator.</summary>
/// <param name="Id">Snowflake.</param>
/// <param name="Username">Username (also used as global name).</param>
/// <param name="IsBot">Whether this is a bot account.</param>
/// <param name="AcceptsDirectMessages">False makes the bot's DMs to this user fail with 50007.</param>
public sealed record EmulatedUser(ulong Id, string Username, bool IsBot, bool AcceptsDirectMessages = true);
