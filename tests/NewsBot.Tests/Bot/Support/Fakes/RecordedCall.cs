using NewsBot.Discord.Messages;

namespace NewsBot.Tests.Bot.Support.Fakes;

/// <summary>One call the bot made to the fake REST client.</summary>
internal sealed record RecordedCall(string Kind, InteractionResponse? Response, MessagePayload? Payload, DateTimeOffset At);
