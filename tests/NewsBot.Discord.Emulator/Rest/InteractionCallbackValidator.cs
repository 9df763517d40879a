using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator.Rest;

/// <summary>
/// Which callback types fit which interaction (autocomplete takes only 8; 6 and 7 only answer components; 9 not autocomplete)
/// and the shape of each callback's <c>data</c>.
/// </summary>
internal static class InteractionCallbackValidator
{
    public static bool IsAllowed(int interactionType, int callbackType) => interactionType switch
    {
        2 => callbackType is 4 or 5 or 9,
        3 => callbackType is 4 or 5 or 6 or 7 or 9,
        4 => callbackType == 8,
        _ => false,
    };

    /// <summary>Validates <c>data</c>; sets <paramref name="empty"/> when a message callback would show nothing (50006).</summary>
    public static void Validate(int callbackType, JsonObject body, FormErrors errors, out bool empty)
    {
        empty = false;
        var data = body["data"] as JsonObject;
        if (body["data"] is not null and not JsonObject)
        {
            errors.Add("data", "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
            return;
        }

        switch (callbackType)
        {
            case 4:
                data ??= new JsonObject();
                MessageValidator.Validate(data, errors, MessageValidator.InteractionMessageFlags, "data.");
                empty = MessageValidator.IsEmpty(data, []);
                break;
            case 7:
                if (data is not null)
                {
                    MessageValidator.Validate(data, errors, MessageValidator.InteractionMessageFlags, "data.");
                }

                break;
            case 5:
                // A deferred response may only choose EPHEMERAL.
                if (data?["flags"] is JsonValue flags && (!flags.TryGetValue(out long bits) || (bits & ~MessageValidator.EphemeralFlag) != 0))
                {
                    errors.Add("data.flags", "MESSAGE_FLAGS_INVALID", "Invalid flags.");
                }

                break;
            case 8:
                ValidateChoices(data, errors);
                break;
            case 9:
                ValidateModal(data, errors);
                break;
        }
    }

    private static void ValidateChoices(JsonObject? data, FormErrors errors)
    {
        if (data?["choices"] is not JsonArray choices)
        {
            errors.Required("data.choices");
            return;
        }

        if (choices.Count > 25)
        {
            errors.MaxLength("data.choices", 25);
        }

        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i] as JsonObject;
            var name = JsonRead.String(choice?["name"]);
            if (name is null || name.Length is < 1 or > 100)
            {
                errors.Length($"data.choices.{i}.name", 1, 100);
            }

            var value = choice?["value"];
            if (value is null)
            {
                errors.Required($"data.choices.{i}.value");
            }
            else if (JsonRead.String(value) is { Length: > 100 })
            {
                errors.MaxLength($"data.choices.{i}.value", 100);
            }
        }
    }

    private static void ValidateModal(JsonObject? data, FormErrors errors)
    {
        var customId = JsonRead.String(data?["custom_id"]);
        if (customId is null || customId.Length is < 1 or > 100)
        {
            errors.Length("data.custom_id", 1, 100);
        }

        var title = JsonRead.String(data?["title"]);
        if (title is null || title.Length is < 1 or > 45)
        {
            errors.Length("data.title", 1, 45);
        }

        if (data?["components"] is not JsonArray { Count: >= 1 and <= 5 })
        {
            errors.Length("data.components", 1, 5);
        }
    }
}
