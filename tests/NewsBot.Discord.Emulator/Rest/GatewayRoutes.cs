using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace NewsBot.Discord.Emulator.Rest;

/// <summary><c>GET gateway</c> and <c>GET gateway/bot</c>.</summary>
internal static class GatewayRoutes
{
    public static void Map(IEndpointRouteBuilder routes, RestServices services)
    {
        routes.MapGet("/api/v10/gateway", context =>
            RestResults.JsonAsync(context, new JsonObject { ["url"] = services.Gateway.GatewayUrl }));

        routes.MapGet("/api/v10/gateway/bot", context =>
        {
            var options = services.Options;
            var body = new JsonObject
            {
                ["url"] = services.Gateway.GatewayUrl,
                ["shards"] = options.RecommendedShards,
                ["session_start_limit"] = new JsonObject
                {
                    ["total"] = options.SessionStartLimit,
                    ["remaining"] = services.Gateway.SessionStartsRemaining,
                    ["reset_after"] = 14400000,
                    ["max_concurrency"] = options.MaxConcurrency,
                },
            };
            return RestResults.JsonAsync(context, body);
        });
    }
}
