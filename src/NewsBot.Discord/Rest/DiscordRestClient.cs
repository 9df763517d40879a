using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Models;
using NewsBot.Discord.Serialization;

namespace NewsBot.Discord.Rest;

/// <summary>The HTTP API client: typed calls over one <see cref="HttpClient"/> with Discord's rate limits.</summary>
public sealed partial class DiscordRestClient : IDiscordRestClient
{
    /// <summary>The User-Agent Discord requires of bots (Cloudflare blocks requests without one).</summary>
    public const string UserAgent = "DiscordBot (https://github.com/newsbot, 1.0)";

    private readonly HttpClient _http;
    private readonly string _token;
    private readonly Uri _baseAddress;
    private readonly TimeProvider _timeProvider;
    private readonly Random _random;
    private readonly Lock _randomLock = new();
    private readonly ILogger _logger;
    private readonly RestRateLimiter _limiter;
    private readonly InvalidRequestGuard _invalidRequests;
    private volatile bool _tokenRejected;

    /// <summary>Creates the client; <paramref name="httpClient"/> gets its base address and headers from <paramref name="options"/>.</summary>
    public DiscordRestClient(HttpClient httpClient, IOptions<DiscordOptions> options, TimeProvider timeProvider, Random random, ILogger<DiscordRestClient> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(logger);
        _http = httpClient;
        _token = options.Value.Token ?? "";
        _baseAddress = WithTrailingSlash(options.Value.ApiBaseUrl ?? DiscordOptions.DefaultApiBaseUrl);
        _timeProvider = timeProvider;
        _random = random;
        _logger = logger;
        _limiter = new RestRateLimiter(timeProvider);
        _invalidRequests = new InvalidRequestGuard(timeProvider);
    }

    /// <inheritdoc/>
    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync(DiscordRoutes.GatewayBot(), null, Json.GatewayBotInfo, cancellationToken);

    /// <inheritdoc/>
    public Task<DiscordApplication> GetCurrentApplicationAsync(CancellationToken cancellationToken) =>
        SendAsync(DiscordRoutes.CurrentApplication(), null, Json.DiscordApplication, cancellationToken);

    /// <inheritdoc/>
    public Task<DiscordUser> GetCurrentUserAsync(CancellationToken cancellationToken) =>
        SendAsync(DiscordRoutes.CurrentUser(), null, Json.DiscordUser, cancellationToken);

    /// <inheritdoc/>
    public Task<CommandSyncResult> SyncGlobalCommandsAsync(ulong applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        SyncCommandsAsync("global", method => DiscordRoutes.GlobalCommands(method, applicationId), commands, cancellationToken);

    /// <inheritdoc/>
    public Task<CommandSyncResult> SyncGuildCommandsAsync(ulong applicationId, ulong guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        SyncCommandsAsync($"guild {guildId}", method => DiscordRoutes.GuildCommands(method, applicationId, guildId), WithoutGlobalOnlyFields(commands), cancellationToken);

    /// <inheritdoc/>
    public Task RespondToInteractionAsync(DiscordInteraction interaction, InteractionResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(response);
        var body = InteractionCallbackSerializer.Serialize(response);
        return SendWithoutResultAsync(DiscordRoutes.InteractionCallback(interaction.Id, interaction.Token), body, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<DiscordMessage> EditOriginalResponseAsync(DiscordInteraction interaction, MessagePayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var body = SerializeMessage(payload, requireBody: false);
        return SendAsync(DiscordRoutes.OriginalResponse(HttpMethod.Patch, interaction.ApplicationId, interaction.Token), body, Json.DiscordMessage, cancellationToken);
    }

    /// <inheritdoc/>
    public Task DeleteOriginalResponseAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return SendWithoutResultAsync(DiscordRoutes.OriginalResponse(HttpMethod.Delete, interaction.ApplicationId, interaction.Token), null, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<DiscordMessage> CreateFollowupMessageAsync(DiscordInteraction interaction, MessagePayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var body = SerializeMessage(payload, requireBody: true);
        return SendAsync(DiscordRoutes.Followup(interaction.ApplicationId, interaction.Token), body, Json.DiscordMessage, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<DiscordMessage> CreateMessageAsync(ulong channelId, MessagePayload payload, CancellationToken cancellationToken)
    {
        var body = SerializeMessage(payload, requireBody: true, nonce: NextNonce());
        return SendAsync(DiscordRoutes.ChannelMessages(channelId), body, Json.DiscordMessage, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<DiscordMessage> EditMessageAsync(ulong channelId, ulong messageId, MessagePayload payload, CancellationToken cancellationToken)
    {
        var body = SerializeMessage(payload, requireBody: false);
        return SendAsync(DiscordRoutes.ChannelMessage(HttpMethod.Patch, channelId, messageId), body, Json.DiscordMessage, cancellationToken);
    }

    /// <inheritdoc/>
    public Task TriggerTypingAsync(ulong channelId, CancellationToken cancellationToken) =>
        SendWithoutResultAsync(DiscordRoutes.Typing(channelId), null, cancellationToken);

    /// <inheritdoc/>
    public Task<DiscordChannel> CreateDmChannelAsync(ulong userId, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new CreateDmRequest(userId), Json.CreateDmRequest);
        return SendAsync(DiscordRoutes.CreateDm(), body, Json.DiscordChannel, cancellationToken);
    }

    private static DiscordJsonContext Json => DiscordJsonContext.Default;

    // contexts applies to global commands only: guild commands come back without it, so sending it would make
    // every start look like a change (a needless bulk overwrite) and a strict API may reject it.
    private static List<ApplicationCommand> WithoutGlobalOnlyFields(IReadOnlyList<ApplicationCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        return commands.Select(command => command.Contexts is null ? command : command with { Contexts = null }).ToList();
    }

    private static byte[] SerializeMessage(MessagePayload payload, bool requireBody, string? nonce = null)
    {
        ArgumentNullException.ThrowIfNull(payload);
        MessagePayloadValidator.Validate(payload, requireBody);
        if (nonce is null)
        {
            return JsonSerializer.SerializeToUtf8Bytes(payload, Json.MessagePayload);
        }

        // The same body (and nonce) is resent on a retry after a 5xx or a timeout; with enforce_nonce Discord
        // returns the message it already created instead of posting it twice.
        var body = JsonSerializer.SerializeToNode(payload, Json.MessagePayload)!.AsObject();
        body["nonce"] = nonce;
        body["enforce_nonce"] = true;
        return Encoding.UTF8.GetBytes(body.ToJsonString());
    }

    // Nonces are at most 25 characters; a random 64-bit number in decimal has at most 20.
    private string NextNonce()
    {
        lock (_randomLock)
        {
            return ((ulong)_random.NextInt64(1, long.MaxValue)).ToString(CultureInfo.InvariantCulture);
        }
    }

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    private async Task<CommandSyncResult> SyncCommandsAsync(
        string scope, Func<HttpMethod, RestRoute> route, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        ApplicationCommandValidator.Validate(commands);
        var registered = await SendAsync(route(HttpMethod.Get), null, Json.ListApplicationCommand, cancellationToken).ConfigureAwait(false);
        if (ApplicationCommandComparer.AreEquivalent(commands, registered))
        {
            RestLog.CommandsUnchanged(_logger, scope);
            return new CommandSyncResult(Changed: false, registered);
        }

        // Bulk overwrite replaces the whole set; it only runs when something changed, because every new
        // command counts toward Discord's 200 creates per day.
        var body = JsonSerializer.SerializeToUtf8Bytes(commands.ToList(), Json.ListApplicationCommand);
        var updated = await SendAsync(route(HttpMethod.Put), body, Json.ListApplicationCommand, cancellationToken).ConfigureAwait(false);
        RestLog.CommandsRegistered(_logger, scope, updated.Count);
        return new CommandSyncResult(Changed: true, updated);
    }
}
