using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NewsBot.Discord.Emulator.State;

namespace NewsBot.Discord.Emulator.Rest;

/// <summary>
/// Global and guild application commands: list, create (an existing name+type is overwritten: 200, else 201), bulk
/// overwrite (PUT replaces the whole scope, keeping ids of unchanged names), get, edit, delete. Changes apply at once.
/// </summary>
internal static class CommandRoutes
{
    private const string Global = "/api/v10/applications/{application_id}/commands";
    private const string Guild = "/api/v10/applications/{application_id}/guilds/{guild_id}/commands";

    public static void Map(IEndpointRouteBuilder routes, RestServices services)
    {
        foreach (var scope in new[] { Global, Guild })
        {
            routes.MapGet(scope, context => ListAsync(context, services));
            routes.MapPost(scope, context => CreateAsync(context, services));
            routes.MapPut(scope, context => OverwriteAsync(context, services));
            routes.MapGet(scope + "/{command_id}", context => GetAsync(context, services));
            routes.MapPatch(scope + "/{command_id}", context => EditAsync(context, services));
            routes.MapDelete(scope + "/{command_id}", context => DeleteAsync(context, services));
        }
    }

    /// <summary>The command scope (null = global), or false after answering 403 50001 for another app or a guild the bot is not in.</summary>
    private static async Task<(bool Ok, ulong? GuildId)> ScopeAsync(HttpContext context, RestServices services)
    {
        var guildId = context.Request.RouteValues.ContainsKey("guild_id") ? RouteIds.Get(context, "guild_id") ?? 0 : (ulong?)null;
        bool known;
        lock (services.State.Sync)
        {
            known = RouteIds.Get(context, "application_id") == services.ApplicationId &&
                    (guildId is null || services.State.Guilds.ContainsKey(guildId.Value));
        }

        if (!known)
        {
            await RestResults.MissingAccessAsync(context).ConfigureAwait(false);
        }

        return (known, guildId);
    }

    private static List<CommandRecord> InScope(EmulatorState state, ulong? guildId) =>
        state.Commands.Values.Where(command => command.GuildId == guildId).OrderBy(command => command.Id).ToList();

    private static async Task ListAsync(HttpContext context, RestServices services)
    {
        var (ok, guildId) = await ScopeAsync(context, services).ConfigureAwait(false);
        if (!ok)
        {
            return;
        }

        JsonArray list;
        lock (services.State.Sync)
        {
            list = new JsonArray(InScope(services.State, guildId).Select(command => command.Json.DeepClone()).ToArray());
        }

        await RestResults.JsonAsync(context, list).ConfigureAwait(false);
    }

    private static async Task CreateAsync(HttpContext context, RestServices services)
    {
        var (ok, guildId) = await ScopeAsync(context, services).ConfigureAwait(false);
        if (!ok || await RestResults.RequireObjectAsync(context).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        var errors = new FormErrors();
        CommandValidator.Validate(body, errors);
        if (errors.HasErrors)
        {
            await RestResults.InvalidFormAsync(context, errors).ConfigureAwait(false);
            return;
        }

        var state = services.State;
        JsonObject result;
        var created = false;
        lock (state.Sync)
        {
            var type = JsonRead.Int(body["type"]) ?? 1;
            var existing = InScope(state, guildId).FirstOrDefault(command => command.Name == JsonRead.String(body["name"]) && command.Type == type);
            if (existing is null && InScope(state, guildId).Count(command => command.Type == type) >= LimitFor(type))
            {
                result = null!;
            }
            else
            {
                created = existing is null;
                var record = existing ?? new CommandRecord { Id = state.Snowflakes.Next(), GuildId = guildId, Json = [] };
                record.Json = CommandJson(state, record, body);
                state.Commands[record.Id] = record;
                result = (JsonObject)record.Json.DeepClone();
            }
        }

        if (result is null)
        {
            await RestResults.ErrorAsync(context, 400, 30032, "Maximum number of application commands reached").ConfigureAwait(false);
            return;
        }

        state.Changed.Notify();
        await RestResults.JsonAsync(context, result, created ? StatusCodes.Status201Created : StatusCodes.Status200OK).ConfigureAwait(false);
    }

    private static async Task OverwriteAsync(HttpContext context, RestServices services)
    {
        var (ok, guildId) = await ScopeAsync(context, services).ConfigureAwait(false);
        if (!ok)
        {
            return;
        }

        var request = RestRequest.Of(context);
        if (request.InvalidJson || request.Body is not JsonArray commands)
        {
            var shapeErrors = new FormErrors();
            shapeErrors.Add(string.Empty, "BASE_TYPE_ARRAY", "Must be an array.");
            await (request.InvalidJson
                ? RestResults.ErrorAsync(context, 400, 50109, "The request body contains invalid JSON.")
                : RestResults.InvalidFormAsync(context, shapeErrors)).ConfigureAwait(false);
            return;
        }

        var errors = new FormErrors();
        var seen = new HashSet<(string, int)>();
        for (var i = 0; i < commands.Count; i++)
        {
            if (commands[i] is not JsonObject command)
            {
                errors.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
                continue;
            }

            CommandValidator.Validate(command, errors, $"{i}.");
            if (JsonRead.String(command["name"]) is { } name && !seen.Add((name, JsonRead.Int(command["type"]) ?? 1)))
            {
                errors.Add($"{i}.name", "APPLICATION_COMMANDS_DUPLICATE_NAME", $"Application command names must be unique: {name}");
            }
        }

        foreach (var type in new[] { 1, 2, 3, 4 })
        {
            if (seen.Count(entry => entry.Item2 == type) > LimitFor(type))
            {
                errors.Add(string.Empty, "APPLICATION_COMMANDS_TOO_MANY", "Too many application commands.");
            }
        }

        if (errors.HasErrors)
        {
            await RestResults.InvalidFormAsync(context, errors).ConfigureAwait(false);
            return;
        }

        var state = services.State;
        JsonArray result;
        lock (state.Sync)
        {
            var previous = InScope(state, guildId);
            foreach (var old in previous)
            {
                state.Commands.Remove(old.Id);
            }

            var records = new List<CommandRecord>();
            foreach (var command in commands.OfType<JsonObject>())
            {
                var type = JsonRead.Int(command["type"]) ?? 1;
                var kept = previous.FirstOrDefault(old => old.Name == JsonRead.String(command["name"]) && old.Type == type);
                var record = new CommandRecord { Id = kept?.Id ?? state.Snowflakes.Next(), GuildId = guildId, Json = [] };
                record.Json = CommandJson(state, record, command);
                state.Commands[record.Id] = record;
                records.Add(record);
            }

            result = new JsonArray(records.Select(record => record.Json.DeepClone()).ToArray());
        }

        state.Changed.Notify();
        await RestResults.JsonAsync(context, result).ConfigureAwait(false);
    }

    private static async Task<CommandRecord?> FindAsync(HttpContext context, RestServices services)
    {
        var (ok, guildId) = await ScopeAsync(context, services).ConfigureAwait(false);
        if (!ok)
        {
            return null;
        }

        CommandRecord? command;
        lock (services.State.Sync)
        {
            command = RouteIds.Get(context, "command_id") is { } id && services.State.Commands.TryGetValue(id, out var found) && found.GuildId == guildId ? found : null;
        }

        if (command is null)
        {
            await RestResults.ErrorAsync(context, StatusCodes.Status404NotFound, 10063, "Unknown application command").ConfigureAwait(false);
        }

        return command;
    }

    private static async Task GetAsync(HttpContext context, RestServices services)
    {
        if (await FindAsync(context, services).ConfigureAwait(false) is { } command)
        {
            await RestResults.JsonAsync(context, Copy(services.State, command)).ConfigureAwait(false);
        }
    }

    private static async Task EditAsync(HttpContext context, RestServices services)
    {
        if (await FindAsync(context, services).ConfigureAwait(false) is not { } command ||
            await RestResults.RequireObjectAsync(context).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        var state = services.State;
        JsonObject merged;
        lock (state.Sync)
        {
            merged = (JsonObject)command.Json.DeepClone();
        }

        foreach (var (key, value) in body)
        {
            merged[key] = value?.DeepClone();
        }

        merged["type"] = command.Type; // The type of a command cannot change.
        var errors = new FormErrors();
        CommandValidator.Validate(merged, errors);
        if (errors.HasErrors)
        {
            await RestResults.InvalidFormAsync(context, errors).ConfigureAwait(false);
            return;
        }

        lock (state.Sync)
        {
            command.Json = CommandJson(state, command, merged);
        }

        state.Changed.Notify();
        await RestResults.JsonAsync(context, Copy(state, command)).ConfigureAwait(false);
    }

    private static async Task DeleteAsync(HttpContext context, RestServices services)
    {
        if (await FindAsync(context, services).ConfigureAwait(false) is { } command)
        {
            lock (services.State.Sync)
            {
                services.State.Commands.Remove(command.Id);
            }

            services.State.Changed.Notify();
            await RestResults.NoContentAsync(context).ConfigureAwait(false);
        }
    }

    private static JsonObject Copy(EmulatorState state, CommandRecord command)
    {
        lock (state.Sync)
        {
            return (JsonObject)command.Json.DeepClone();
        }
    }

    private static int LimitFor(int type) => type switch
    {
        1 => 100,
        2 or 3 => 15,
        _ => 1,
    };

    private static JsonObject CommandJson(EmulatorState state, CommandRecord record, JsonObject body)
    {
        var type = JsonRead.Int(body["type"]) ?? 1;
        var json = new JsonObject
        {
            ["id"] = DiscordJson.Id(record.Id),
            ["application_id"] = DiscordJson.Id(state.BotUserId),
            ["version"] = DiscordJson.Id(state.Snowflakes.Next()),
            ["default_member_permissions"] = body["default_member_permissions"]?.DeepClone(),
            ["type"] = type,
            ["name"] = body["name"]?.DeepClone(),
            ["name_localizations"] = body["name_localizations"]?.DeepClone(),
            ["description"] = JsonRead.String(body["description"]) ?? string.Empty,
            ["description_localizations"] = body["description_localizations"]?.DeepClone(),
            ["nsfw"] = JsonRead.Bool(body["nsfw"]) ?? false,
            ["integration_types"] = body["integration_types"]?.DeepClone() ?? new JsonArray(0),
        };
        if (body["options"] is JsonArray options && options.Count > 0)
        {
            json["options"] = options.DeepClone();
        }

        if (record.GuildId is { } guildId)
        {
            json["guild_id"] = DiscordJson.Id(guildId);
        }
        else
        {
            json["contexts"] = body["contexts"]?.DeepClone() ?? new JsonArray(0, 1, 2);
        }

        return json;
    }
}
