using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Bot;
using NewsBot.Bot.Commands;
using NewsBot.Bot.Questions;
using NewsBot.Discord;

namespace NewsBot.Hosting;

/// <summary>Composes the Discord bot: the client library, the bot's options, handlers and commands, and the hosted service.</summary>
internal static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddNewsBotDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDiscordClient(configuration);
        services.AddOptions<BotOptions>()
            .Bind(configuration.GetSection(BotOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();

        services.AddSingleton<BotIdentity>();
        services.AddSingleton<BotUptime>();
        services.AddSingleton<BotExit>();
        services.AddSingleton<BackgroundWork>();
        services.AddSingleton<InteractionReplies>();
        services.AddSingleton<MessageQuestionResponder>();
        services.AddSingleton<AskCommand>();
        services.AddSingleton<ListCommands>();
        services.AddSingleton<ArticleCommand>();
        services.AddSingleton<ReindexCommand>();
        services.AddSingleton<StatusCommand>();
        services.AddSingleton<InteractionRouter>();
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<IDiscordEventHandler, NewsBotEventHandler>();
        services.AddHostedService<BotService>();
        return services;
    }
}
