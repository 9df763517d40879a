using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Bot;
using NewsBot.Core.Configuration;
using NewsBot.Discord;

namespace NewsBot.Hosting;

/// <summary>
/// Validates settings before any work starts, so a bad setting is one line naming it and exit code 2, not a failure
/// halfway through (or the host's own start-up error with a stack trace).
/// </summary>
internal static class OptionsStartupCheck
{
    /// <summary>The settings every verb uses.</summary>
    public static void Run(IServiceProvider services) => Check<NewsBotOptions>(services);

    /// <summary>The settings of the bot host as well (<c>newsbot run</c>).</summary>
    public static void RunForBot(IServiceProvider services)
    {
        Check<NewsBotOptions>(services);
        Check<DiscordOptions>(services);
        Check<BotOptions>(services);
    }

    private static void Check<TOptions>(IServiceProvider services)
        where TOptions : class
    {
        try
        {
            _ = services.GetRequiredService<IOptions<TOptions>>().Value;
        }
        catch (InvalidOperationException e)
        {
            // Binding fails this way when a value cannot be converted ("abc" for a number): a setting to fix, like a
            // failed validation.
            throw new OptionsValidationException(Options.DefaultName, typeof(TOptions), [e.Message]);
        }
    }
}
