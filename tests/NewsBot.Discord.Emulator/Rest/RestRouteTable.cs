using Microsoft.AspNetCore.Routing;

namespace NewsBot.Discord.Emulator.Rest;

/// <summary>Maps every Discord-shaped route the emulator serves.</summary>
internal static class RestRouteTable
{
    public static void Map(IEndpointRouteBuilder routes, RestServices services)
    {
        GatewayRoutes.Map(routes, services);
        IdentityRoutes.Map(routes, services);
        MessageRoutes.Map(routes, services);
        InteractionRoutes.Map(routes, services);
        WebhookRoutes.Map(routes, services);
        CommandRoutes.Map(routes, services);
    }
}
