using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using NewsBot.Discord;

namespace NewsBot.Bot;

/// <summary>Checks <see cref="BotOptions"/> at start-up; each message names the setting to fix.</summary>
/// <param name="discord">The client's options: ask channels need it to read message text.</param>
/// <param name="configuration">The raw settings: the binder drops a list entry it cannot read as an id without a word.</param>
internal sealed class BotOptionsValidator(IOptions<DiscordOptions> discord, IConfiguration configuration) : IValidateOptions<BotOptions>
{
    private const string ChannelId = "a channel id (right-click the channel → Copy Channel ID, with Developer Mode on)";
    private const string UserId = "a user id (right-click the user → Copy User ID)";
    private const string RoleId = "a role id (Server Settings → Roles → Copy Role ID)";

    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(failures, "AskChannelIds", ChannelId, options.AskChannelIds);
        Check(failures, "AdminUserIds", UserId, options.AdminUserIds);
        Check(failures, "AdminRoleIds", RoleId, options.AdminRoleIds);
        if (options.AskChannelIds is { Count: > 0 } && !discord.Value.ReadMessages)
        {
            // Discord sends messages that neither mention the bot nor are DMs without their text unless the bot has Message Content.
            failures.Add("Discord:AskChannelIds needs Discord:ReadMessages=true (and the Message Content intent switched on in the Developer Portal): without it Discord sends ask-channel messages without their text. Turn ReadMessages on, or remove the ask channels.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void Check(List<string> failures, string key, string what, List<ulong>? ids)
    {
        var setting = $"{BotOptions.SectionName}:{key}";
        foreach (var entry in configuration.GetSection(setting).GetChildren())
        {
            if (!ulong.TryParse(entry.Value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                failures.Add($"{setting} has \"{entry.Value}\" (entry {entry.Key}): each entry must be {what}, a number.");
            }
        }

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
