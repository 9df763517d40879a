using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsBot.Discord.Emulator.Rest;

/// <summary>
/// Application command rules: names (1–32, lowercase chat-input names from letters, digits, - _ '), descriptions (1–100,
/// empty for context-menu commands), ≤ 25 options with required ones first, ≤ 25 choices (not with autocomplete),
/// length bounds, unique option names, and the 8000-character total.
/// </summary>
internal static partial class CommandValidator
{
    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex ChatInputName();

    public static void Validate(JsonObject command, FormErrors errors, string prefix = "")
    {
        var type = JsonRead.Int(command["type"]) ?? 1;
        if (type is < 1 or > 4)
        {
            errors.Add(prefix + "type", "BASE_TYPE_CHOICES", "Value must be one of (1, 2, 3, 4).");
            return;
        }

        var name = JsonRead.String(command["name"]);
        if (name is null)
        {
            errors.Required(prefix + "name");
        }
        else if (type == 1 ? !IsChatInputName(name) : name.Length is < 1 or > 32)
        {
            errors.Add(prefix + "name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
        }

        var description = JsonRead.String(command["description"]) ?? string.Empty;
        if (type == 1 && description.Length is < 1 or > 100)
        {
            errors.Length(prefix + "description", 1, 100);
        }
        else if (type is 2 or 3 && description.Length > 0)
        {
            errors.Add(prefix + "description", "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION", "Context menu commands cannot have description");
        }

        if (command["options"] is JsonArray options)
        {
            if (type != 1 && options.Count > 0)
            {
                errors.Add(prefix + "options", "APPLICATION_COMMAND_OPTIONS_NOT_ALLOWED", "Only chat input commands can have options");
            }
            else
            {
                ValidateOptions(options, errors, prefix + "options", depth: 0);
            }
        }

        if (command["default_member_permissions"] is { } permissions && JsonRead.Snowflake(permissions) is null)
        {
            errors.Add(prefix + "default_member_permissions", "BASE_TYPE_BAD_INT", "Value is not a valid permission bitfield string.");
        }

        if (command.ToJsonString().Length > 8000)
        {
            errors.Add(prefix.TrimEnd('.'), "APPLICATION_COMMAND_TOO_LARGE", "Command exceeds maximum size (8000)");
        }
    }

    private static bool IsChatInputName(string name) =>
        ChatInputName().IsMatch(name) && string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal);

    private static void ValidateOptions(JsonArray options, FormErrors errors, string path, int depth)
    {
        if (options.Count > 25)
        {
            errors.MaxLength(path, 25);
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var seenOptional = false;
        for (var i = 0; i < options.Count; i++)
        {
            var optionPath = $"{path}.{i}";
            if (options[i] is not JsonObject option)
            {
                errors.Add(optionPath, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
                continue;
            }

            var type = JsonRead.Int(option["type"]);
            if (type is not (>= 1 and <= 11))
            {
                errors.Add(optionPath + ".type", "BASE_TYPE_CHOICES", "Value must be one of (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11).");
                continue;
            }

            var name = JsonRead.String(option["name"]);
            if (name is null || !IsChatInputName(name))
            {
                errors.Add(optionPath + ".name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
            }
            else if (!names.Add(name))
            {
                errors.Add(optionPath + ".name", "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS", "Option names must be unique");
            }

            var description = JsonRead.String(option["description"]);
            if (description is null || description.Length is < 1 or > 100)
            {
                errors.Length(optionPath + ".description", 1, 100);
            }

            if (type is 1 or 2)
            {
                if (depth >= (type == 2 ? 1 : 2))
                {
                    errors.Add(optionPath + ".type", "APPLICATION_COMMAND_OPTION_TYPE_INVALID", "Sub-commands cannot be nested this deep");
                }

                if (option["options"] is JsonArray nested)
                {
                    ValidateOptions(nested, errors, optionPath + ".options", depth + 1);
                }

                continue;
            }

            var required = JsonRead.Bool(option["required"]) == true;
            if (required && seenOptional)
            {
                errors.Add(optionPath + ".required", "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options");
            }

            seenOptional |= !required;
            ValidateChoicesAndBounds(option, type.Value, errors, optionPath);
        }
    }

    private static void ValidateChoicesAndBounds(JsonObject option, int type, FormErrors errors, string path)
    {
        if (option["choices"] is JsonArray choices)
        {
            if (type is not (3 or 4 or 10))
            {
                errors.Add(path + ".choices", "APPLICATION_COMMAND_OPTION_CHOICES_NOT_ALLOWED", "Choices are only allowed for string, integer and number options");
            }

            if (choices.Count > 25)
            {
                errors.MaxLength(path + ".choices", 25);
            }

            if (JsonRead.Bool(option["autocomplete"]) == true && choices.Count > 0)
            {
                errors.Add(path + ".autocomplete", "APPLICATION_COMMAND_AUTOCOMPLETE_AND_CHOICES", "Autocomplete cannot be set with choices");
            }

            for (var c = 0; c < choices.Count; c++)
            {
                var choiceName = JsonRead.String((choices[c] as JsonObject)?["name"]);
                if (choiceName is null || choiceName.Length is < 1 or > 100)
                {
                    errors.Length($"{path}.choices.{c}.name", 1, 100);
                }

                if (JsonRead.String((choices[c] as JsonObject)?["value"]) is { Length: > 100 })
                {
                    errors.MaxLength($"{path}.choices.{c}.value", 100);
                }
            }
        }

        if (option["min_length"] is { } minLength && JsonRead.Int(minLength) is not (>= 0 and <= 6000))
        {
            errors.Add(path + ".min_length", "NUMBER_TYPE_MAX", "int value should be between 0 and 6000.");
        }

        if (option["max_length"] is { } maxLength && JsonRead.Int(maxLength) is not (>= 1 and <= 6000))
        {
            errors.Add(path + ".max_length", "NUMBER_TYPE_MAX", "int value should be between 1 and 6000.");
        }
    }
}
