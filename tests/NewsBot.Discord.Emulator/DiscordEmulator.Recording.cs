namespace NewsBot.Discord.Emulator;

/// <summary>Reading what the bot did: requests, gateway payloads, messages, interaction responses and counters.</summary>
public sealed partial class DiscordEmulator
{
    /// <summary>Every HTTP request so far, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_state.Sync)
            {
                return _state.Requests.ToList();
            }
        }
    }

    /// <summary>Requests to one route key (see <see cref="EmulatorRoutes"/>).</summary>
    public IReadOnlyList<RecordedRequest> RequestsTo(string routeKey) =>
        Requests.Where(request => request.RouteKey == routeKey).ToList();

    /// <summary>Gateway payloads in both directions, oldest first (IDENTIFY/RESUME tokens redacted).</summary>
    public IReadOnlyList<RecordedGatewayPayload> GatewayPayloads => _gateway.Payloads();

    /// <summary>Payloads the client sent.</summary>
    public IReadOnlyList<RecordedGatewayPayload> ClientPayloads => GatewayPayloads.Where(payload => payload.FromClient).ToList();

    /// <summary>Gateway connections so far.</summary>
    public IReadOnlyList<GatewayConnectionInfo> Connections => _gateway.Connections();

    /// <summary>Gateway connections accepted so far.</summary>
    public int ConnectionCount => _gateway.ConnectionCount;

    /// <summary>IDENTIFY payloads received (accepted or not).</summary>
    public int IdentifyCount => _gateway.IdentifyCount;

    /// <summary>Successful RESUMEs.</summary>
    public int ResumeCount => _gateway.ResumeCount;

    /// <summary>Sessions that can still be resumed or are live.</summary>
    public IReadOnlyList<string> ActiveSessionIds => _gateway.ResumableSessionIds();

    /// <summary>401, 403 and non-shared 429 answers in the last 10 minutes (Discord bans an IP at 10,000).</summary>
    public int InvalidRequestCount
    {
        get
        {
            lock (_state.Sync)
            {
                var cutoff = _state.Time.GetUtcNow() - TimeSpan.FromMinutes(10);
                return _state.InvalidRequests.Count(at => at > cutoff);
            }
        }
    }

    /// <summary>Messages in a channel, oldest first, including deleted and ephemeral ones (see their flags).</summary>
    public IReadOnlyList<EmulatedMessage> GetMessages(ulong channelId)
    {
        lock (_state.Sync)
        {
            return _state.MessageIdsByChannel.TryGetValue(channelId, out var ids)
                ? ids.Select(id => _state.Messages[id].ToSnapshot()).ToList()
                : [];
        }
    }

    /// <summary>Messages the bot created in a channel (REST, interaction responses and follow-ups), oldest first.</summary>
    public IReadOnlyList<EmulatedMessage> GetBotMessages(ulong channelId) =>
        GetMessages(channelId).Where(message => message.AuthorId == BotUserId).ToList();

    /// <summary>A message by id, or null.</summary>
    public EmulatedMessage? GetMessage(ulong messageId)
    {
        lock (_state.Sync)
        {
            return _state.Messages.TryGetValue(messageId, out var message) ? message.ToSnapshot() : null;
        }
    }

    /// <summary>Registered application commands: global ones when <paramref name="guildId"/> is null, else that guild's.</summary>
    public IReadOnlyList<System.Text.Json.Nodes.JsonObject> GetCommands(ulong? guildId = null)
    {
        lock (_state.Sync)
        {
            return _state.Commands.Values.Where(command => command.GuildId == guildId).OrderBy(command => command.Id)
                .Select(command => (System.Text.Json.Nodes.JsonObject)command.Json.DeepClone()).ToList();
        }
    }

    /// <summary>What the bot did with an injected interaction.</summary>
    public EmulatedInteraction GetInteraction(ulong interactionId)
    {
        lock (_state.Sync)
        {
            var interaction = _state.Interactions.TryGetValue(interactionId, out var found)
                ? found
                : throw new ArgumentException($"Interaction {interactionId} was not injected.", nameof(interactionId));
            var original = interaction.OriginalMessageId is { } originalId ? _state.Messages[originalId].ToSnapshot() : null;
            return new EmulatedInteraction(
                interaction.Id, interaction.Type, interaction.CallbackType,
                interaction.CallbackData?.DeepClone() as System.Text.Json.Nodes.JsonObject, interaction.AcknowledgedAt, original,
                interaction.OriginalEdits.Select(edit => (System.Text.Json.Nodes.JsonObject)edit.DeepClone()).ToList(),
                interaction.OriginalDeleted,
                interaction.FollowUpIds.Select(id => _state.Messages[id].ToSnapshot()).ToList());
        }
    }

    /// <summary>
    /// Waits until <paramref name="condition"/> holds, re-checking whenever the emulator records anything. Throws
    /// <see cref="TimeoutException"/> (naming <paramref name="what"/>) after <paramref name="timeout"/> of real time.
    /// </summary>
    public async Task WaitForAsync(Func<DiscordEmulator, bool> condition, TimeSpan timeout, string what = "condition", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            var next = _state.Changed.NextChange;
            if (condition(this))
            {
                return;
            }

            try
            {
                // Re-check now and then as well: some conditions depend on the clock rather than on a recorded change.
                await next.WaitAsync(TimeSpan.FromMilliseconds(250), deadline.Token).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0.###} s waiting for {what}.");
            }
        }
    }

    /// <summary>Waits for the value <paramref name="probe"/> returns to be non-null, and returns it.</summary>
    public async Task<T> WaitForAsync<T>(Func<DiscordEmulator, T?> probe, TimeSpan timeout, string what = "value", CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(probe);
        T? result = null;
        await WaitForAsync(emulator => (result = probe(emulator)) is not null, timeout, what, cancellationToken).ConfigureAwait(false);
        return result!;
    }

    /// <summary>Waits for the bot to create a message in <paramref name="channelId"/> matching <paramref name="predicate"/> (any when null).</summary>
    public Task<EmulatedMessage> WaitForBotMessageAsync(ulong channelId, TimeSpan timeout, Func<EmulatedMessage, bool>? predicate = null, CancellationToken cancellationToken = default) =>
        WaitForAsync(
            emulator => emulator.GetBotMessages(channelId).FirstOrDefault(message => predicate?.Invoke(message) ?? true),
            timeout, $"a bot message in channel {channelId}", cancellationToken);

    /// <summary>Waits for the bot's initial response to an interaction.</summary>
    public Task<EmulatedInteraction> WaitForInteractionResponseAsync(ulong interactionId, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitForAsync(
            emulator => emulator.GetInteraction(interactionId) is { CallbackType: not null } interaction ? interaction : null,
            timeout, $"a response to interaction {interactionId}", cancellationToken);

    /// <summary>Waits for the client to send a gateway payload with <paramref name="op"/> and returns the first one after <paramref name="afterIndex"/> payloads.</summary>
    public Task<RecordedGatewayPayload> WaitForClientPayloadAsync(int op, TimeSpan timeout, int afterIndex = 0, CancellationToken cancellationToken = default) =>
        WaitForAsync(
            emulator => emulator.ClientPayloads.Skip(afterIndex).FirstOrDefault(payload => payload.Op == op),
            timeout, $"a client payload with op {op}", cancellationToken);
}
