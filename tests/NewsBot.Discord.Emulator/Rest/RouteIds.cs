using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Discord.Emulator.Rest;

/// <summary>Reads snowflake route values; a value that is not a snowflake reads as null (Discord answers "unknown ...").</summary>
internal static class RouteIds
{
    public static ulong? Get(HttpContext context, string name) =>
        context.Request.RouteValues.TryGetValue(name, out var value) &&
        ulong.TryParse(value?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    public static string GetText(HttpContext context, string name) =>
        context.Request.RouteValues.TryGetValue(name, out var value) ? value?.ToString() ?? string.Empty : string.Empty;
}
