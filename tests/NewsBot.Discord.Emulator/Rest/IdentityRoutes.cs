using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NewsBot.Discord.Emulator.State;

namespace NewsBot.Discord.Emulator.Rest;

/// <summary><c>users/@me</c>, <c>applications/@me</c>, opening DMs, and reading a channel.</summary>
internal static class IdentityRoutes
{
    public static void Map(IEndpointRouteBuilder routes, RestServices services)
    {
        var state = services.State;
        routes.MapGet("/api/v10/users/@me", context =>
        {
            JsonObject user;
            lock (state.Sync)
            {
                user = state.BotUserJson();
            }

            user["verified"] = true;
            user["mfa_enabled"] = false;
            user["flags"] = 0;
            return RestResults.JsonAsync(context, user);
        });

        routes.MapGet("/api/v10/applications/@me", context =>
        {
            JsonObject bot;
            int guildCount;
            lock (state.Sync)
            {
                bot = state.BotUserJson();
                guildCount = state.Guilds.Count;
            }

            var application = new JsonObject
            {
                ["id"] = DiscordJson.Id(services.ApplicationId),
                ["name"] = bot["username"]?.GetValue<string>(),
                ["icon"] = null,
                ["description"] = string.Empty,
                ["bot_public"] = false,
                ["bot_require_code_grant"] = false,
                ["bot"] = bot,
                ["verify_key"] = new string('0', 64),
                ["flags"] = ApplicationFlags.From(services.Options.EnabledPrivilegedIntents),
                ["approximate_guild_count"] = guildCount,
            };
            return RestResults.JsonAsync(context, application);
        });

        routes.MapPost("/api/v10/users/@me/channels", async context =>
        {
            if (await RestResults.RequireObjectAsync(context).ConfigureAwait(false) is not { } body)
            {
                return;
            }

            if (body["recipient_id"] is not JsonValue value || !value.TryGetValue(out string? text) ||
                !ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var recipientId))
            {
                var errors = new FormErrors();
                errors.Required("recipient_id");
                await RestResults.InvalidFormAsync(context, errors).ConfigureAwait(false);
                return;
            }

            JsonObject channel;
            lock (state.Sync)
            {
                if (!state.Users.TryGetValue(recipientId, out var recipient))
                {
                    channel = null!;
                }
                else
                {
                    channel = DiscordJson.Channel(state.OpenDirectMessage(recipient), recipient);
                }
            }

            if (channel is null)
            {
                await RestResults.ErrorAsync(context, StatusCodes.Status404NotFound, 10013, "Unknown User").ConfigureAwait(false);
                return;
            }

            state.Changed.Notify();
            await RestResults.JsonAsync(context, channel).ConfigureAwait(false);
        });

        routes.MapGet("/api/v10/channels/{channel_id}", context =>
        {
            var channelId = RouteIds.Get(context, "channel_id");
            JsonObject? channel = null;
            lock (state.Sync)
            {
                if (channelId is { } id && state.Channels.TryGetValue(id, out var found))
                {
                    channel = DiscordJson.Channel(found, found.RecipientId is { } r ? state.Users.GetValueOrDefault(r) : null);
                }
            }

            return channel is null ? RestResults.UnknownChannelAsync(context) : RestResults.JsonAsync(context, channel);
        });
    }
}
