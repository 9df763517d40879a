using System.Globalization;
using System.Text.Json.Nodes;
using NewsBot.Discord.Emulator;

namespace NewsBot.Tests.Bot.EndToEnd;

/// <summary>Waiting for what the bot does, by condition (never by sleeping).</summary>
internal static class EmulatorWaits
{
    /// <summary>The bot's reply to <paramref name="message"/> (a message whose message_reference points at it).</summary>
    public static Task<EmulatedMessage> WaitForReplyAsync(this DiscordEmulator emulator, EmulatedMessage message) =>
        emulator.WaitForBotMessageAsync(message.ChannelId, BotFixture.Timeout, m => RepliesTo(m, message.Id));

    public static bool RepliesTo(EmulatedMessage reply, ulong messageId) =>
        reply.Json["message_reference"]?["message_id"]?.GetValue<string>() == messageId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Waits until the interaction has its final visible content: the response itself, or the last edit of a deferred one.</summary>
    public static Task<EmulatedInteraction> WaitForAnswerAsync(this DiscordEmulator emulator, InjectedInteraction interaction, Func<string, bool>? done = null) =>
        emulator.WaitForAsync(
            e => e.GetInteraction(interaction.Id) is { CallbackType: not null } answered && Content(answered) is { } content && (done?.Invoke(content) ?? true)
                ? answered
                : null,
            BotFixture.Timeout, $"an answer to interaction {interaction.Id}");

    /// <summary>What the user sees: the original message after edits, or the callback's message data.</summary>
    public static string? Content(EmulatedInteraction interaction) =>
        interaction.Original is { } original && original.Content.Length > 0
            ? original.Content
            : interaction.CallbackData?["content"]?.GetValue<string>();

    public static int? Flags(JsonObject? data) => data?["flags"]?.GetValue<int>();
}
