using Microsoft.Extensions.Options;

namespace NewsBot.Bot;

/// <summary>Checks <see cref="BotOptions"/> at start-up; each message names the setting to fix.</summary>
internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(failures, "Discord:AskChannelIds", "a channel id (right-click the channel → Copy Channel ID, with Developer Mode on)", options.AskChannelIds);
        Check(failures, "Discord:AdminUserIds", "a user id (right-click the user → Copy User ID)", options.AdminUserIds);
        Check(failures, "Discord:AdminRoleIds", "a role id (Server Settings → Roles → Copy Role ID)", options.AdminRoleIds);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string setting, string what, List<ulong>? ids)
    {
        if (ids is null)
        {
            return;
        }

        if (ids.Contains(0UL))
        {
            failures.Add($"{setting} contains 0: each entry must be {what}.");
        }

        if (ids.Distinct().Count() != ids.Count)
        {
            failures.Add($"{setting} lists an id twice: list each id once.");
        }
    }
}
