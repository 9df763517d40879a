using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord;
using NewsBot.Discord.Rest;

namespace NewsBot.Bot.Commands;

/// <summary>
/// Registers <see cref="BotCommands.All"/> once per process, on the first READY: in <c>Discord:GuildId</c> when set
/// (instant), else globally. The client library compares with what is registered and writes only when they differ.
/// </summary>
internal sealed class CommandRegistrar(
    IDiscordRestClient rest,
    IOptions<DiscordOptions> discordOptions,
    BackgroundWork work,
    ILogger<CommandRegistrar> logger)
{
    private int _state; // 0 not started, 1 running or done

    public void EnsureRegistered(ulong applicationId)
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            return;
        }

        work.Start("register the slash commands", token => RegisterAsync(applicationId, token));
    }

    private async Task RegisterAsync(ulong applicationId, CancellationToken cancellationToken)
    {
        var guildId = discordOptions.Value.GuildId;
        var scope = guildId is { } id ? $"guild {id}" : "global";
        try
        {
            var result = guildId is { } guild
                ? await rest.SyncGuildCommandsAsync(applicationId, guild, BotCommands.All, cancellationToken).ConfigureAwait(false)
                : await rest.SyncGlobalCommandsAsync(applicationId, BotCommands.All, cancellationToken).ConfigureAwait(false);
            BotLog.CommandsSynced(logger, result.Changed ? "registered" : "already up to date", scope, result.Commands.Count);
        }
        catch (Exception exception) when (exception is DiscordApiException or DiscordValidationException or HttpRequestException)
        {
            BotLog.CommandSyncFailed(logger, scope, exception.Message, exception);
            Interlocked.Exchange(ref _state, 0); // try again on the next READY
        }
    }
}
