using Microsoft.Extensions.Options;

namespace NewsBot.Core.Configuration;

/// <summary>Checks <see cref="NewsBotOptions"/> at start-up; each failure names the setting and what would be valid.</summary>
public sealed class NewsBotOptionsValidator : IValidateOptions<NewsBotOptions>
{
    public ValidateOptionsResult Validate(string? name, NewsBotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string Section = NewsBotOptions.SectionName;

        if (options.Sources.Count == 0 || options.Sources.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add($"{Section}:Sources must list at least one article folder, with no empty entries (for example [\"seeds\"]).");
        }

        if (string.IsNullOrWhiteSpace(options.IndexPath))
        {
            failures.Add($"{Section}:IndexPath must name the folder for the index (for example \"index\").");
        }

        CheckRange(failures, $"{Section}:MaxQuotes", options.MaxQuotes, 1, 10);
        CheckRange(failures, $"{Section}:MaxQuoteLength", options.MaxQuoteLength, 80, 2000);
        CheckRange(failures, $"{Section}:MaxFileBytes", options.MaxFileBytes, 1024, 1L << 31);
        CheckRange(failures, $"{Section}:MaxQuestionLength", options.MaxQuestionLength, 16, 100_000);
        CheckRange(failures, $"{Section}:IndexReloadSeconds", options.IndexReloadSeconds, 0, 3600);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckRange(List<string> failures, string setting, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{setting} must be between {min:N0} and {max:N0} (it is {value:N0}).");
        }
    }
}
