using Microsoft.Extensions.Options;

namespace NewsBot.Discord;

/// <summary>Checks <see cref="DiscordOptions"/> at start-up; every message names the setting and how to fix it.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.Token))
        {
            failures.Add("Discord:Token is not set: set the environment variable Discord__Token to the bot token " +
                "(Developer Portal → Bot → Reset Token), or run `dotnet user-secrets set Discord:Token <token>` in src/NewsBot.");
        }
        else if (options.Token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase) || options.Token.Any(char.IsWhiteSpace))
        {
            failures.Add("Discord:Token must be the bare bot token: remove the 'Bot ' prefix and any spaces or line breaks.");
        }

        if (options.ApiBaseUrl is null || !options.ApiBaseUrl.IsAbsoluteUri ||
            (options.ApiBaseUrl.Scheme != Uri.UriSchemeHttps && options.ApiBaseUrl.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"Discord:ApiBaseUrl must be an absolute http(s) URL such as {DiscordOptions.DefaultApiBaseUrl}; remove the setting to use that default.");
        }

        if (options.GuildId == 0)
        {
            failures.Add("Discord:GuildId must be a guild id (Discord → Server Settings → copy Server ID with Developer Mode on), or be removed to register commands globally.");
        }

        if (options.ShardCount is < 1)
        {
            failures.Add("Discord:ShardCount must be at least 1, or be removed to use the count Discord recommends.");
        }

        ValidateShardIds(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateShardIds(DiscordOptions options, List<string> failures)
    {
        if (options.ShardIds is null || options.ShardIds.Count == 0)
        {
            return;
        }

        if (options.ShardCount is null)
        {
            failures.Add("Discord:ShardIds needs Discord:ShardCount: shard ids only mean something for a fixed shard count; set both, or remove ShardIds to run all shards.");
            return;
        }

        var outOfRange = options.ShardIds.Where(id => id < 0 || id >= options.ShardCount).ToList();
        if (outOfRange.Count > 0)
        {
            failures.Add($"Discord:ShardIds contains {string.Join(", ", outOfRange)}, outside 0..{options.ShardCount - 1}: each id must be below Discord:ShardCount.");
        }

        if (options.ShardIds.Distinct().Count() != options.ShardIds.Count)
        {
            failures.Add("Discord:ShardIds lists a shard twice: list each shard id once.");
        }
    }
}
