using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord;

/// <summary>Registers the Discord client.</summary>
public static class DiscordServiceCollectionExtensions
{
    internal const string HttpClientName = "NewsBot.Discord";

    /// <summary>
    /// Binds and validates <see cref="DiscordOptions"/> from the <c>Discord</c> section of
    /// <paramref name="configuration"/> (validated at start-up), and registers the HTTP client,
    /// <see cref="IDiscordRestClient"/>, <see cref="DiscordClient"/>, <see cref="TimeProvider.System"/> and
    /// <see cref="Random.Shared"/> unless already registered. The bot registers its own <see cref="IDiscordEventHandler"/>.
    /// </summary>
    public static IServiceCollection AddDiscordClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<DiscordOptions>()
            .Bind(configuration.GetSection(DiscordOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(Random.Shared);

        services.AddHttpClient(HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            // The REST client is a singleton holding one HttpClient; connection rotation comes from PooledConnectionLifetime.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // The default HttpClient loggers print request URLs, and interaction URLs contain interaction tokens.
            .RemoveAllLoggers();

        services.TryAddSingleton<IDiscordRestClient>(sp => new DiscordRestClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            sp.GetRequiredService<IOptions<DiscordOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Random>(),
            sp.GetRequiredService<ILogger<DiscordRestClient>>()));
        services.TryAddSingleton<DiscordClient>();
        return services;
    }
}
