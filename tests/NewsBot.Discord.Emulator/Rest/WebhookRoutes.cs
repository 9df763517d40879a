using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NewsBot.Discord.Emulator.Gateway;
using NewsBot.Discord.Emulator.State;

namespace NewsBot.Discord.Emulator.Rest;

/// <summary>
/// Interaction webhooks: <c>@original</c> GET/PATCH/DELETE and follow-ups (POST, and GET/PATCH/DELETE by id), valid for the
/// token lifetime (then 401 / 50027). No bot auth; the interaction token is the credential.
/// </summary>
internal static class WebhookRoutes
{
    private const string Base = "/api/v10/webhooks/{application_id}/{interaction_token}";

    public static void Map(IEndpointRouteBuilder routes, RestServices services)
    {
        routes.MapGet(Base + "/messages/@original", context => GetAsync(context, services, original: true));
        routes.MapPatch(Base + "/messages/@original", context => EditAsync(context, services, original: true));
        routes.MapDelete(Base + "/messages/@original", context => DeleteAsync(context, services, original: true));
        routes.MapPost(Base, context => FollowUpAsync(context, services));
        routes.MapGet(Base + "/messages/{message_id}", context => GetAsync(context, services, original: false));
        routes.MapPatch(Base + "/messages/{message_id}", context => EditAsync(context, services, original: false));
        routes.MapDelete(Base + "/messages/{message_id}", context => DeleteAsync(context, services, original: false));
    }

    /// <summary>The interaction behind the token, or null after answering 404 10015 / 401 50027.</summary>
    private static async Task<InteractionRecord?> AuthorizeAsync(HttpContext context, RestServices services)
    {
        var state = services.State;
        if (RouteIds.Get(context, "application_id") != services.ApplicationId)
        {
            await RestResults.ErrorAsync(context, StatusCodes.Status404NotFound, 10015, "Unknown Webhook").ConfigureAwait(false);
            return null;
        }

        InteractionRecord? interaction;
        lock (state.Sync)
        {
            interaction = state.FindInteractionByToken(RouteIds.GetText(context, "interaction_token"));
        }

        if (interaction is null || state.Time.GetUtcNow() - interaction.CreatedAt > services.Options.InteractionTokenLifetime)
        {
            await RestResults.InvalidWebhookTokenAsync(context).ConfigureAwait(false);
            return null;
        }

        if (interaction.AcknowledgedAt is null)
        {
            // Nothing to edit or follow up before the initial response.
            await RestResults.ErrorAsync(context, StatusCodes.Status404NotFound, 10015, "Unknown Webhook").ConfigureAwait(false);
            return null;
        }

        return interaction;
    }

    private static MessageRecord? Target(EmulatorState state, HttpContext context, InteractionRecord interaction, bool original)
    {
        lock (state.Sync)
        {
            var id = original ? interaction.OriginalMessageId : RouteIds.Get(context, "message_id");
            var allowed = original || (id is { } candidate && (interaction.FollowUpIds.Contains(candidate) || candidate == interaction.OriginalMessageId));
            return allowed && id is { } messageId && state.Messages.TryGetValue(messageId, out var message) && !message.IsDeleted ? message : null;
        }
    }

    private static async Task GetAsync(HttpContext context, RestServices services, bool original)
    {
        if (await AuthorizeAsync(context, services).ConfigureAwait(false) is not { } interaction)
        {
            return;
        }

        var message = Target(services.State, context, interaction, original);
        await (message is null
            ? RestResults.UnknownMessageAsync(context)
            : RestResults.JsonAsync(context, MessageRoutes.Snapshot(services.State, message))).ConfigureAwait(false);
    }

    private static async Task EditAsync(HttpContext context, RestServices services, bool original)
    {
        if (await AuthorizeAsync(context, services).ConfigureAwait(false) is not { } interaction)
        {
            return;
        }

        var state = services.State;
        var message = Target(state, context, interaction, original);
        if (message is null)
        {
            await RestResults.UnknownMessageAsync(context).ConfigureAwait(false);
            return;
        }

        if (await RestResults.RequireObjectAsync(context).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        var errors = new FormErrors();
        MessageValidator.Validate(body, errors, MessageValidator.InteractionMessageFlags);
        if (errors.HasErrors)
        {
            await RestResults.InvalidFormAsync(context, errors).ConfigureAwait(false);
            return;
        }

        DispatchEvent? updated;
        lock (state.Sync)
        {
            MessageFactory.Edit(state, message, body, RestRequest.Of(context).FileNames, webhookStyle: true);
            if (message.Id == interaction.OriginalMessageId)
            {
                interaction.OriginalEdits.Add((JsonObject)body.DeepClone());
                interaction.OriginalIsLoading = false;
            }

            updated = message.IsEphemeral ? null : MessageEvents.Updated(state, message);
        }

        state.Changed.Notify();
        if (updated is not null)
        {
            await services.Gateway.DispatchAsync(updated, CancellationToken.None).ConfigureAwait(false);
        }

        await RestResults.JsonAsync(context, MessageRoutes.Snapshot(state, message)).ConfigureAwait(false);
    }

    private static async Task DeleteAsync(HttpContext context, RestServices services, bool original)
    {
        if (await AuthorizeAsync(context, services).ConfigureAwait(false) is not { } interaction)
        {
            return;
        }

        var state = services.State;
        var message = Target(state, context, interaction, original);
        if (message is null)
        {
            await RestResults.UnknownMessageAsync(context).ConfigureAwait(false);
            return;
        }

        DispatchEvent? deleted;
        lock (state.Sync)
        {
            message.IsDeleted = true;
            if (message.Id == interaction.OriginalMessageId)
            {
                interaction.OriginalDeleted = true;
            }

            deleted = message.IsEphemeral ? null : MessageEvents.Deleted(message);
        }

        state.Changed.Notify();
        if (deleted is not null)
        {
            await services.Gateway.DispatchAsync(deleted, CancellationToken.None).ConfigureAwait(false);
        }

        await RestResults.NoContentAsync(context).ConfigureAwait(false);
    }

    private static async Task FollowUpAsync(HttpContext context, RestServices services)
    {
        if (await AuthorizeAsync(context, services).ConfigureAwait(false) is not { } interaction)
        {
            return;
        }

        if (await NewMessageBody.ReadAsync(context, MessageValidator.InteractionMessageFlags).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        var files = RestRequest.Of(context).FileNames;
        var state = services.State;
        MessageRecord message;
        DispatchEvent? dispatch;
        lock (state.Sync)
        {
            if (interaction.OriginalIsLoading && interaction.OriginalMessageId is { } loadingId)
            {
                // Documented quirk: the first follow-up after a deferred response edits the loading message.
                message = state.Messages[loadingId];
                MessageFactory.Edit(state, message, body, files, webhookStyle: true);
                interaction.OriginalEdits.Add((JsonObject)body.DeepClone());
                interaction.OriginalIsLoading = false;
                dispatch = message.IsEphemeral ? null : MessageEvents.Updated(state, message);
            }
            else
            {
                var ephemeral = JsonRead.Int(body["flags"]) is { } flags && (flags & MessageValidator.EphemeralFlag) != 0;
                message = MessageFactory.Create(state, state.Channels[interaction.ChannelId], body, files,
                    new MessageOrigin(state.BotUserId, 0, WebhookStyle: true, interaction.Id, Ephemeral: ephemeral));
                state.AddMessage(message);
                interaction.FollowUpIds.Add(message.Id);
                dispatch = ephemeral ? null : MessageEvents.Created(state, message);
            }
        }

        state.Changed.Notify();
        if (dispatch is not null)
        {
            await services.Gateway.DispatchAsync(dispatch, CancellationToken.None).ConfigureAwait(false);
        }

        await RestResults.JsonAsync(context, MessageRoutes.Snapshot(state, message)).ConfigureAwait(false);
    }
}
