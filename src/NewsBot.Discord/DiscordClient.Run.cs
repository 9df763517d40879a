using System.Net;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord;

public sealed partial class DiscordClient
{
    private readonly Lock _randomLock = new();
    private readonly Lock _fatalLock = new();
    private int _running;

    /// <summary>
    /// Connects every configured shard and keeps them connected until <paramref name="cancellationToken"/> is
    /// cancelled (then completes normally). When Discord refuses the bot for good (bad token, disallowed
    /// intents, invalid shard) it logs one line saying what to fix, sets <see cref="FatalError"/>, stops all
    /// shards and throws <see cref="DiscordFatalException"/>.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            throw new InvalidOperationException("DiscordClient.RunAsync is already running; run one client per process.");
        }

        try
        {
            await RunShardsAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    private async Task RunShardsAsync(CancellationToken cancellationToken)
    {
        FatalError = null;
        var gateway = await GetGatewayAsync(cancellationToken).ConfigureAwait(false);
        if (gateway is null)
        {
            if (FatalError is not null)
            {
                throw new DiscordFatalException(FatalError);
            }

            return;
        }

        var shardCount = _options.ShardCount ?? Math.Max(1, gateway.Shards);
        var shardIds = _options.ShardIds is { Count: > 0 } ids ? ids.ToList() : Enumerable.Range(0, shardCount).ToList();
        GatewayLog.Starting(_logger, string.Join(",", shardIds), shardCount);

        var identifyGate = new IdentifyGate(_timeProvider, gateway.SessionStartLimit, _logger);
        var shards = shardIds.Select(id => new ShardConnection(new ShardContext(
            id, shardCount, gateway.Url, _options.Token ?? "", GatewayIntents.For(_options), _transportFactory, identifyGate,
            _handler, _timeProvider, NextJitter, _loggerFactory.CreateLogger($"NewsBot.Discord.Gateway.Shard{id}"), OnReady))).ToList();
        _shards = shards;

        using var stopAll = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAll(shards.Select(shard => RunShardAsync(shard, stopAll))).ConfigureAwait(false);
        if (FatalError is not null)
        {
            throw new DiscordFatalException(FatalError);
        }
    }

    private async Task RunShardAsync(ShardConnection shard, CancellationTokenSource stopAll)
    {
        var fatal = await shard.RunAsync(stopAll.Token).ConfigureAwait(false);
        if (fatal is null)
        {
            return;
        }

        lock (_fatalLock)
        {
            if (FatalError is not null)
            {
                return; // Another shard already reported it: one line is enough.
            }

            FatalError = fatal;
        }

        GatewayLog.Fatal(_logger, fatal.Message);
        await stopAll.CancelAsync().ConfigureAwait(false);
    }

    /// <summary><c>GET gateway/bot</c>, retried with back-off except on 401 (the token is wrong: stop).</summary>
    private async Task<GatewayBotInfo?> GetGatewayAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await _rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DiscordApiException exception) when (exception.StatusCode == HttpStatusCode.Unauthorized)
            {
                // The REST client already logged the 401 with what to fix; this records it as the stop reason.
                FatalError = new DiscordFatalError(null, "Discord rejected the bot token (401 on GET gateway/bot): reset the token in the Developer Portal (Bot → Reset Token) and set Discord__Token.");
                return null;
            }
            catch (Exception exception) when (exception is DiscordApiException or HttpRequestException && !cancellationToken.IsCancellationRequested)
            {
                var delay = ReconnectPolicy.Backoff(attempt, NextJitter());
                GatewayLog.GatewayBotFailed(_logger, exception.Message, delay);
                await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return null;
            }
        }
    }

    private void OnReady(DiscordReadyEvent ready)
    {
        CurrentUser = ready.User;
        ApplicationId = ready.ApplicationId;
    }

    private double NextJitter()
    {
        lock (_randomLock)
        {
            return _random.NextDouble();
        }
    }
}
