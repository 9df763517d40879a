using System.Security.Cryptography;
using System.Text.Json.Nodes;
using NewsBot.Discord.Emulator.State;

namespace NewsBot.Discord.Emulator.Gateway;

/// <summary>Client payload handling: heartbeats, IDENTIFY and RESUME validation with Discord's close codes.</summary>
internal sealed partial class GatewayServer
{
    public async Task HandleClientMessageAsync(GatewayConnection connection, byte[] utf8, CancellationToken cancellationToken)
    {
        var payload = GatewayConnection.TryParse(utf8);
        if (payload is null || payload["op"] is not JsonValue opValue || !opValue.TryGetValue(out int op))
        {
            await connection.CloseAsync(GatewayCloseCodes.DecodeError, "Decode error").ConfigureAwait(false);
            return;
        }

        var data = payload["d"];
        bool? validToken = op is 2 or 6 && data?["token"] is JsonValue tokenValue && tokenValue.TryGetValue(out string? token)
            ? BotTokenFactory.FixedTimeEquals(token, botToken)
            : null;
        Record(new RecordedGatewayPayload(connection.Id, true, op, Redact(op, data), null, null, Time.GetUtcNow(), validToken));
        switch (op)
        {
            case 1:
                await HandleHeartbeatAsync(connection, data, cancellationToken).ConfigureAwait(false);
                break;
            case 2:
                Interlocked.Increment(ref _identifyCount);
                await HandleIdentifyAsync(connection, data as JsonObject, cancellationToken).ConfigureAwait(false);
                break;
            case 6:
                await HandleResumeAsync(connection, data as JsonObject, cancellationToken).ConfigureAwait(false);
                break;
            case 3 or 4 or 8 or 31 or 43:
                if (connection.Session is null)
                {
                    // 4003: anything but heartbeat/identify/resume before identifying.
                    await connection.CloseAsync(GatewayCloseCodes.NotAuthenticated, "Not authenticated.").ConfigureAwait(false);
                }

                break;
            default:
                await connection.CloseAsync(GatewayCloseCodes.UnknownOpcode, "Unknown opcode.").ConfigureAwait(false);
                break;
        }

        state.Changed.Notify();
    }

    private static JsonNode? Redact(int op, JsonNode? data)
    {
        var copy = data?.DeepClone();
        if (op is 2 or 6 && copy is JsonObject obj && obj.ContainsKey("token"))
        {
            obj["token"] = "[redacted]";
        }

        return copy;
    }

    private async Task HandleHeartbeatAsync(GatewayConnection connection, JsonNode? data, CancellationToken cancellationToken)
    {
        if (data is not null && (data is not JsonValue value || !value.TryGetValue(out long _)))
        {
            await connection.CloseAsync(GatewayCloseCodes.DecodeError, "Decode error").ConfigureAwait(false);
            return;
        }

        connection.CountHeartbeat();
        if (Faults.AckHeartbeats)
        {
            await connection.SendAsync(11, null, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task HandleIdentifyAsync(GatewayConnection connection, JsonObject? data, CancellationToken cancellationToken)
    {
        if (connection.Session is not null)
        {
            await connection.CloseAsync(GatewayCloseCodes.AlreadyAuthenticated, "Already authenticated.").ConfigureAwait(false);
            return;
        }

        if (data?["token"] is not JsonValue tokenValue || !tokenValue.TryGetValue(out string? token) ||
            data["intents"] is not JsonValue intentsValue || !intentsValue.TryGetValue(out long intents) ||
            data["properties"] is not JsonObject)
        {
            await connection.CloseAsync(GatewayCloseCodes.UnknownOpcode, "Invalid payload for IDENTIFY.").ConfigureAwait(false);
            return;
        }

        if (!BotTokenFactory.FixedTimeEquals(token, botToken))
        {
            await connection.CloseAsync(GatewayCloseCodes.AuthenticationFailed, "Authentication failed.").ConfigureAwait(false);
            return;
        }

        var (shardId, shardCount, shardGiven) = (0, 1, false);
        if (data["shard"] is { } shardNode)
        {
            if (shardNode is not JsonArray { Count: 2 } shard ||
                shard[0] is not JsonValue idValue || !idValue.TryGetValue(out shardId) ||
                shard[1] is not JsonValue countValue || !countValue.TryGetValue(out shardCount) ||
                shardCount < 1 || shardId < 0 || shardId >= shardCount)
            {
                await connection.CloseAsync(GatewayCloseCodes.InvalidShard, "Invalid shard.").ConfigureAwait(false);
                return;
            }

            shardGiven = true;
        }

        List<EmulatedGuild> guilds;
        lock (state.Sync)
        {
            guilds = state.Guilds.Values.Where(guild => DispatchEvent.ShardOf(guild.Id, shardCount) == shardId).ToList();
        }

        if (shardCount < options.MinimumShardCount || guilds.Count > options.MaxGuildsPerShard)
        {
            await connection.CloseAsync(GatewayCloseCodes.ShardingRequired, "Sharding required.").ConfigureAwait(false);
            return;
        }

        if ((intents & ~GatewayIntents.Defined) != 0)
        {
            await connection.CloseAsync(GatewayCloseCodes.InvalidIntents, "Invalid intent(s).").ConfigureAwait(false);
            return;
        }

        if ((intents & GatewayIntents.Privileged & ~options.EnabledPrivilegedIntents) != 0)
        {
            await connection.CloseAsync(GatewayCloseCodes.DisallowedIntents, "Disallowed intent(s).").ConfigureAwait(false);
            return;
        }

        GatewaySession? session = null;
        lock (_sync)
        {
            if (TryTakeIdentifySlot(shardId) && SessionStartsRemaining > 0)
            {
                _sessionStartsUsed++;
                session = new GatewaySession(
                    Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), intents, shardId, shardCount, options.ReplayBufferSize);
                session.Attach(connection);
                connection.Session = session;
                connection.LastSessionId = session.Id;
                _sessions[session.Id] = session;
            }
        }

        if (session is null)
        {
            // Identify concurrency or the daily session-start limit exceeded: Discord answers op 9, not a close.
            await connection.SendAsync(9, false, cancellationToken).ConfigureAwait(false);
            return;
        }

        await session.DispatchAsync("READY", BuildReady(session, guilds, shardGiven), cancellationToken).ConfigureAwait(false);
        if ((intents & GatewayIntents.Guilds) != 0)
        {
            foreach (var guild in guilds)
            {
                JsonObject guildCreate;
                lock (state.Sync)
                {
                    guildCreate = GuildCreatePayload.Build(state, guild);
                }

                await session.DispatchAsync("GUILD_CREATE", guildCreate, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private bool TryTakeIdentifySlot(int shardId)
    {
        var key = shardId % Math.Max(1, options.MaxConcurrency);
        if (!_identifiesByKey.TryGetValue(key, out var recent))
        {
            recent = new Queue<DateTimeOffset>();
            _identifiesByKey[key] = recent;
        }

        var now = Time.GetUtcNow();
        while (recent.Count > 0 && now - recent.Peek() >= options.IdentifyWindow)
        {
            recent.Dequeue();
        }

        // One IDENTIFY per window per rate-limit key (shard_id % max_concurrency).
        if (recent.Count >= 1)
        {
            return false;
        }

        recent.Enqueue(now);
        return true;
    }

    private JsonObject BuildReady(GatewaySession session, List<EmulatedGuild> guilds, bool shardGiven)
    {
        JsonObject user;
        lock (state.Sync)
        {
            user = state.BotUserJson();
        }

        user["verified"] = true;
        user["mfa_enabled"] = false;
        user["flags"] = 0;
        var ready = new JsonObject
        {
            ["v"] = 10,
            ["user_settings"] = new JsonObject(),
            ["user"] = user,
            ["guilds"] = new JsonArray(guilds.Select(guild => (JsonNode?)new JsonObject { ["id"] = DiscordJson.Id(guild.Id), ["unavailable"] = true }).ToArray()),
            ["private_channels"] = new JsonArray(),
            ["relationships"] = new JsonArray(),
            ["presences"] = new JsonArray(),
            ["session_type"] = "normal",
            ["session_id"] = session.Id,
            ["resume_gateway_url"] = ResumeUrl,
            ["application"] = new JsonObject
            {
                ["id"] = DiscordJson.Id(state.BotUserId),
                ["flags"] = ApplicationFlags.From(options.EnabledPrivilegedIntents),
            },
            ["_trace"] = new JsonArray("[\"discord-emulator\",{\"micros\":0}]"),
        };
        if (shardGiven)
        {
            ready["shard"] = new JsonArray(session.ShardId, session.ShardCount);
        }

        return ready;
    }

    private async Task HandleResumeAsync(GatewayConnection connection, JsonObject? data, CancellationToken cancellationToken)
    {
        if (connection.Session is not null)
        {
            await connection.CloseAsync(GatewayCloseCodes.AlreadyAuthenticated, "Already authenticated.").ConfigureAwait(false);
            return;
        }

        if (data?["token"] is not JsonValue tokenValue || !tokenValue.TryGetValue(out string? token) ||
            data["session_id"] is not JsonValue sessionValue || !sessionValue.TryGetValue(out string? sessionId) ||
            data["seq"] is not JsonValue seqValue || !seqValue.TryGetValue(out int sequence))
        {
            await connection.CloseAsync(GatewayCloseCodes.UnknownOpcode, "Invalid payload for RESUME.").ConfigureAwait(false);
            return;
        }

        if (!BotTokenFactory.FixedTimeEquals(token, botToken))
        {
            await connection.CloseAsync(GatewayCloseCodes.AuthenticationFailed, "Authentication failed.").ConfigureAwait(false);
            return;
        }

        GatewaySession? session;
        GatewayConnection? previous = null;
        lock (_sync)
        {
            var now = Time.GetUtcNow();
            session = _sessions.GetValueOrDefault(sessionId);
            if (session is not null && !session.IsResumable(now, options.SessionResumeWindow))
            {
                session.Invalidate();
                session = null;
            }

            if (session is not null && sequence <= session.Sequence)
            {
                previous = session.Connection;
                if (previous is not null)
                {
                    session.Detach(previous, now);
                }

                connection.Session = session;
                connection.LastSessionId = session.Id;
            }
        }

        if (session is null)
        {
            await connection.SendAsync(9, false, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (sequence > session.Sequence)
        {
            await connection.CloseAsync(GatewayCloseCodes.InvalidSequence, "Invalid seq.").ConfigureAwait(false);
            return;
        }

        if (previous is { IsOpen: true } && !ReferenceEquals(previous, connection))
        {
            // The session moved to this connection; the old socket is a zombie.
            previous.Abort();
        }

        var resumed = new JsonObject { ["_trace"] = new JsonArray("[\"discord-emulator\",{\"micros\":0}]") };
        if (await session.ResumeAsync(connection, sequence, resumed, cancellationToken).ConfigureAwait(false))
        {
            Interlocked.Increment(ref _resumeCount);
        }
        else
        {
            connection.Session = null;
            await connection.SendAsync(9, false, cancellationToken).ConfigureAwait(false);
        }
    }
}
