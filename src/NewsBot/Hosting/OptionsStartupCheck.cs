using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Configuration;

namespace NewsBot.Hosting;

/// <summary>Validates settings before a CLI verb does any work (the bot host does the same through ValidateOnStart).</summary>
internal static class OptionsStartupCheck
{
    public static void Run(IServiceProvider services) =>
        _ = services.GetRequiredService<IOptions<NewsBotOptions>>().Value;
}
