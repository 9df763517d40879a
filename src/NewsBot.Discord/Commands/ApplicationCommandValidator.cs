using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Discord.Messages;

namespace NewsBot.Discord.Commands;

/// <summary>Checks command definitions against Discord's limits before registering them.</summary>
internal static partial class ApplicationCommandValidator
{
    public static void Validate(IReadOnlyList<ApplicationCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var seen = new HashSet<(ApplicationCommandType, string)>();
        for (var i = 0; i < commands.Count; i++)
        {
            var command = commands[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"commands[{i}]");
            ValidateCommand(field, command);
            if (!seen.Add((command.Type, command.Name)))
            {
                throw new DiscordValidationException($"{field}.name", $"'{command.Name}' is defined twice for the same command type.");
            }
        }
    }

    private static void ValidateCommand(string field, ApplicationCommand command)
    {
        if (command.Type == ApplicationCommandType.ChatInput)
        {
            ValidateSlashName($"{field}.name", command.Name);
            TextLength.CheckRange($"{field}.description", command.Description, 1, 100);
            ValidateOptions($"{field}.options", command.Options);
            return;
        }

        // User and message commands: free-form name, no description, no options.
        TextLength.CheckRange($"{field}.name", command.Name, 1, 32);
        if (!string.IsNullOrEmpty(command.Description))
        {
            throw new DiscordValidationException($"{field}.description", "must be empty for user and message commands.");
        }

        if (command.Options is { Count: > 0 })
        {
            throw new DiscordValidationException($"{field}.options", "user and message commands take no options.");
        }
    }

    private static void ValidateOptions(string field, IReadOnlyList<ApplicationCommandOption>? options)
    {
        if (options is null)
        {
            return;
        }

        if (options.Count > 25)
        {
            throw new DiscordValidationException(field, $"has {options.Count} options; Discord allows at most 25.");
        }

        var optionalSeen = false;
        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]");
            ValidateSlashName($"{path}.name", option.Name);
            TextLength.CheckRange($"{path}.description", option.Description, 1, 100);
            MessagePayloadValidator.ValidateChoices($"{path}.choices", option.Choices);
            if (option.Autocomplete == true && option.Choices is { Count: > 0 })
            {
                throw new DiscordValidationException($"{path}.autocomplete", "cannot be combined with choices.");
            }

            if (option.Required == true && optionalSeen)
            {
                throw new DiscordValidationException($"{path}.required", "required options must come before optional ones.");
            }

            optionalSeen |= option.Required != true;
            ValidateLengths(path, option);
            ValidateOptions($"{path}.options", option.Options);
        }
    }

    private static void ValidateLengths(string path, ApplicationCommandOption option)
    {
        if (option.MinLength is < 0 or > 6000)
        {
            throw new DiscordValidationException($"{path}.min_length", "must be between 0 and 6000.");
        }

        if (option.MaxLength is < 1 or > 6000)
        {
            throw new DiscordValidationException($"{path}.max_length", "must be between 1 and 6000.");
        }
    }

    private static void ValidateSlashName(string field, string name)
    {
        if (name is null || !SlashName().IsMatch(name))
        {
            throw new DiscordValidationException(field, $"'{name}' is not a valid name: use 1 to 32 letters, digits, '-', '_' or '\\''.");
        }

        if (!string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal))
        {
            throw new DiscordValidationException(field, $"'{name}' must be lowercase.");
        }
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex SlashName();
}
