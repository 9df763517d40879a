using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Cli;

namespace NewsBot.Hosting;

/// <summary>
/// The host <c>newsbot run</c> starts: the shared NewsBot host (configuration, options, logging at Information with
/// timestamps) plus the Discord bot. Tests build it the same way and point <c>Discord:ApiBaseUrl</c> at the emulator.
/// </summary>
internal static class BotHost
{
    public const string TokenKey = "Discord:Token";

    public static HostApplicationBuilder CreateBuilder(CliArguments cli, string workingDirectory)
    {
        var builder = NewsBotHost.CreateBuilder(cli, workingDirectory, interactive: false);
        // Let in-flight replies finish (BotService waits up to its grace period) before the host gives up.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(15));
        return builder;
    }

    /// <summary>Adds the bot to a builder whose configuration is final (tests add their overrides before this).</summary>
    public static IHost Build(HostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddNewsBotDiscord(builder.Configuration);
        builder.Services.AddHostedService<IndexReloader>();
        return builder.Build();
    }

    /// <summary>True when a bot token is configured (without revealing it).</summary>
    public static bool HasToken(HostApplicationBuilder builder) =>
        !string.IsNullOrWhiteSpace(builder?.Configuration[TokenKey]);
}
