using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Cli;

namespace NewsBot.Hosting;

/// <summary>
/// Builds the generic host every verb runs in, so the CLI and the bot share configuration (appsettings.json, user secrets,
/// environment variables, command-line options), options validation and logging.
/// </summary>
internal static class NewsBotHost
{
    /// <param name="interactive">True for CLI verbs: logs go to standard error at Warning and above, so standard output stays clean.</param>
    public static HostApplicationBuilder CreateBuilder(CliArguments cli, string workingDirectory, bool interactive)
    {
        var contentRoot = ContentRoot.Locate(workingDirectory);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = contentRoot,
            DisableDefaults = false,
            Args = [],
        });

        // User secrets hold the Discord token on a developer's machine, in every environment (not only Development).
        builder.Configuration.AddUserSecrets(typeof(NewsBotHost).Assembly, optional: true);
        builder.Configuration.AddEnvironmentVariables();

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = interactive ? null : "HH:mm:ss ";
        });
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(
            o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        if (interactive)
        {
            builder.Logging.AddFilter((category, level) => level >= LogLevel.Warning);
        }

        builder.Services.AddNewsBotCore(builder.Configuration);
        CommandLineOverrides.From(cli, workingDirectory).ApplyTo(builder.Services);
        OptionPaths.ResolveAgainst(builder.Services, contentRoot);
        return builder;
    }
}
