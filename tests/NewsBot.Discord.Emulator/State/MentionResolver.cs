using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsBot.Discord.Emulator.State;

/// <summary>
/// Applies Discord's <c>allowed_mentions</c> rules: without the object, normal messages parse every mention and
/// interaction/webhook messages parse users only; with it, only the listed <c>parse</c> types and explicit ids ping.
/// </summary>
internal static partial class MentionResolver
{
    [GeneratedRegex(@"<@!?(\d{1,20})>")]
    private static partial Regex UserMention();

    [GeneratedRegex(@"<@&(\d{1,20})>")]
    private static partial Regex RoleMention();

    public static MentionResult Resolve(
        string content, JsonObject? allowedMentions, bool isWebhookStyle, bool inGuild, ulong botPermissions, ulong? repliedAuthorId)
    {
        string[] parse;
        if (allowedMentions is null)
        {
            parse = isWebhookStyle ? ["users"] : ["users", "roles", "everyone"];
        }
        else
        {
            parse = allowedMentions["parse"] is JsonArray array
                ? array.Select(item => item?.GetValue<string>() ?? string.Empty).ToArray()
                : [];
        }

        var explicitUsers = ReadIds(allowedMentions?["users"]);
        var explicitRoles = ReadIds(allowedMentions?["roles"]);

        var users = UserMention().Matches(content)
            .Select(match => ulong.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
            .Where(id => parse.Contains("users") || explicitUsers.Contains(id))
            .ToList();
        var roles = inGuild
            ? RoleMention().Matches(content)
                .Select(match => ulong.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
                .Where(id => parse.Contains("roles") || explicitRoles.Contains(id))
                .Distinct()
                .ToList()
            : [];

        var repliedUserPinged = allowedMentions is null || allowedMentions["replied_user"]?.GetValue<bool>() == true;
        if (repliedAuthorId is { } replied && repliedUserPinged)
        {
            users.Add(replied);
        }

        var everyone = inGuild && parse.Contains("everyone") &&
                       (botPermissions & (DiscordPermissions.MentionEveryone | DiscordPermissions.Administrator)) != 0 &&
                       (content.Contains("@everyone", StringComparison.Ordinal) || content.Contains("@here", StringComparison.Ordinal));

        return new MentionResult(users.Distinct().ToList(), roles, everyone);
    }

    private static HashSet<ulong> ReadIds(JsonNode? node)
    {
        var ids = new HashSet<ulong>();
        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                if (item is JsonValue value && value.TryGetValue(out string? text) &&
                    ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    ids.Add(id);
                }
            }
        }

        return ids;
    }
}
