using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NewsBot.Discord.Emulator.Gateway;
using NewsBot.Discord.Emulator.State;

namespace NewsBot.Discord.Emulator.Rest;

/// <summary>
/// <c>POST interactions/{id}/{token}/callback</c>: no bot auth; one initial response per interaction (40060 after that),
/// within the response deadline (10062 after it); 204, or 200 with the callback object when <c>with_response=true</c>.
/// </summary>
internal static class InteractionRoutes
{
    public static void Map(IEndpointRouteBuilder routes, RestServices services) =>
        routes.MapPost("/api/v10/interactions/{interaction_id}/{interaction_token}/callback", context => CallbackAsync(context, services));

    private static async Task CallbackAsync(HttpContext context, RestServices services)
    {
        var state = services.State;
        var id = RouteIds.Get(context, "interaction_id");
        var token = RouteIds.GetText(context, "interaction_token");
        InteractionRecord? interaction;
        lock (state.Sync)
        {
            interaction = id is { } interactionId ? state.FindInteraction(interactionId, token) : null;
        }

        if (interaction is null || state.Time.GetUtcNow() - interaction.CreatedAt > services.Options.InteractionResponseDeadline && interaction.AcknowledgedAt is null)
        {
            await RestResults.UnknownInteractionAsync(context).ConfigureAwait(false);
            return;
        }

        if (interaction.AcknowledgedAt is not null)
        {
            await AlreadyAcknowledgedAsync(context).ConfigureAwait(false);
            return;
        }

        if (await RestResults.RequireObjectAsync(context).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        var errors = new FormErrors();
        var callbackType = JsonRead.Int(body["type"]);
        if (callbackType is not { } type || !InteractionCallbackValidator.IsAllowed(interaction.Type, type))
        {
            errors.Add("type", "INTERACTION_RESPONSE_TYPE_INVALID", "Interaction response type is not valid for this interaction.");
            await RestResults.InvalidFormAsync(context, errors).ConfigureAwait(false);
            return;
        }

        InteractionCallbackValidator.Validate(type, body, errors, out var empty);
        if (errors.HasErrors)
        {
            await RestResults.InvalidFormAsync(context, errors).ConfigureAwait(false);
            return;
        }

        if (empty)
        {
            await RestResults.EmptyMessageAsync(context).ConfigureAwait(false);
            return;
        }

        var data = body["data"] as JsonObject ?? new JsonObject();
        var files = RestRequest.Of(context).FileNames;
        DispatchEvent? dispatch = null;
        MessageRecord? message = null;
        lock (state.Sync)
        {
            // Re-check under the lock: two concurrent callbacks must not both win.
            if (interaction.AcknowledgedAt is not null)
            {
                type = -1;
            }
            else
            {
                interaction.AcknowledgedAt = state.Time.GetUtcNow();
                interaction.CallbackType = type;
                interaction.CallbackData = (JsonObject)data.DeepClone();
                (message, dispatch) = Apply(state, interaction, type, data, files);
            }
        }

        if (type == -1)
        {
            await AlreadyAcknowledgedAsync(context).ConfigureAwait(false);
            return;
        }

        state.Changed.Notify();
        if (dispatch is not null)
        {
            await services.Gateway.DispatchAsync(dispatch, CancellationToken.None).ConfigureAwait(false);
        }

        if (JsonRead.Bool(QueryBool(context, "with_response")) == true)
        {
            await RestResults.JsonAsync(context, WithResponse(state, interaction, type, message)).ConfigureAwait(false);
        }
        else
        {
            await RestResults.NoContentAsync(context).ConfigureAwait(false);
        }
    }

    private static (MessageRecord? Message, DispatchEvent? Dispatch) Apply(EmulatorState state, InteractionRecord interaction, int type, JsonObject data, IReadOnlyList<string> files)
    {
        switch (type)
        {
            case 4 or 5:
                {
                    var ephemeral = JsonRead.Int(data["flags"]) is { } flags && (flags & MessageValidator.EphemeralFlag) != 0;
                    var message = MessageFactory.Create(state, state.Channels[interaction.ChannelId], type == 4 ? data : new JsonObject(), files, new MessageOrigin(
                        state.BotUserId, MessageTypeFor(interaction), WebhookStyle: true, interaction.Id, Metadata(interaction), ephemeral, Loading: type == 5));
                    state.AddMessage(message);
                    interaction.OriginalMessageId = message.Id;
                    interaction.OriginalIsLoading = type == 5;
                    return (message, ephemeral ? null : MessageEvents.Created(state, message));
                }

            case 6 or 7 when interaction.SourceMessageId is { } sourceId && state.Messages.TryGetValue(sourceId, out var source):
                interaction.OriginalMessageId = sourceId;
                if (type == 6)
                {
                    return (null, null);
                }

                MessageFactory.Edit(state, source, data, files, webhookStyle: true);
                return (source, source.IsEphemeral ? null : MessageEvents.Updated(state, source));
            default:
                return (null, null);
        }
    }

    private static int MessageTypeFor(InteractionRecord interaction) =>
        interaction.Type == 3 ? 0 : interaction.Payload["data"]?["type"]?.GetValue<int>() == 1 ? 20 : 23;

    private static JsonObject Metadata(InteractionRecord interaction)
    {
        var user = interaction.Payload["member"]?["user"] ?? interaction.Payload["user"];
        return new JsonObject
        {
            ["id"] = DiscordJson.Id(interaction.Id),
            ["type"] = interaction.Type,
            ["user"] = user?.DeepClone(),
            ["authorizing_integration_owners"] = interaction.Payload["authorizing_integration_owners"]?.DeepClone(),
        };
    }

    private static JsonObject WithResponse(EmulatorState state, InteractionRecord interaction, int type, MessageRecord? message)
    {
        var callback = new JsonObject { ["id"] = DiscordJson.Id(interaction.Id), ["type"] = interaction.Type };
        var response = new JsonObject { ["interaction"] = callback };
        if (message is not null)
        {
            lock (state.Sync)
            {
                callback["response_message_id"] = DiscordJson.Id(message.Id);
                callback["response_message_loading"] = type == 5;
                callback["response_message_ephemeral"] = message.IsEphemeral;
                response["resource"] = new JsonObject { ["type"] = type, ["message"] = message.Json.DeepClone() };
            }
        }
        else
        {
            response["resource"] = new JsonObject { ["type"] = type };
        }

        return response;
    }

    private static JsonNode? QueryBool(HttpContext context, string name) =>
        context.Request.Query[name].ToString() switch
        {
            "true" or "True" or "1" => true,
            "false" or "False" or "0" => false,
            _ => null,
        };

    private static Task AlreadyAcknowledgedAsync(HttpContext context) =>
        RestResults.ErrorAsync(context, StatusCodes.Status400BadRequest, 40060, "Interaction has already been acknowledged.");
}
