using System.Text.Json;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Serialization;

namespace NewsBot.Discord.Rest;

/// <summary>Turns an <see cref="InteractionResponse"/> into the callback body, validating what it carries.</summary>
internal static class InteractionCallbackSerializer
{
    public static byte[] Serialize(InteractionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var json = DiscordJsonContext.Default;
        JsonElement? data = response.Type switch
        {
            InteractionCallbackType.ChannelMessageWithSource or InteractionCallbackType.UpdateMessage =>
                JsonSerializer.SerializeToElement(MessageData(response), json.MessagePayload),
            InteractionCallbackType.DeferredChannelMessageWithSource when response.Ephemeral =>
                JsonSerializer.SerializeToElement(new DeferredCallbackData((int)MessageFlags.Ephemeral), json.DeferredCallbackData),
            InteractionCallbackType.ApplicationCommandAutocompleteResult =>
                JsonSerializer.SerializeToElement(new AutocompleteCallbackData(Choices(response)), json.AutocompleteCallbackData),
            _ => null,
        };
        return JsonSerializer.SerializeToUtf8Bytes(new InteractionCallbackBody((int)response.Type, data), json.InteractionCallbackBody);
    }

    private static MessagePayload MessageData(InteractionResponse response)
    {
        var payload = response.Payload!;
        MessagePayloadValidator.Validate(payload, requireBody: response.Type == InteractionCallbackType.ChannelMessageWithSource);
        return response.Ephemeral ? payload with { Flags = (payload.Flags ?? MessageFlags.None) | MessageFlags.Ephemeral } : payload;
    }

    private static IReadOnlyList<Commands.ApplicationCommandChoice> Choices(InteractionResponse response)
    {
        MessagePayloadValidator.ValidateChoices("data.choices", response.Choices);
        return response.Choices!;
    }
}
