using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Articles;
using NewsBot.Core.Catalog;
using NewsBot.Core.Configuration;
using NewsBot.Core.Indexing;

namespace NewsBot.Hosting;

/// <summary>Composes NewsBot.Core: options (validated at start-up), the article loader, the live index, answering and the catalogue.</summary>
internal static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddNewsBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NewsBotOptions>()
            .Bind(configuration.GetSection(NewsBotOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<NewsBotOptions>, NewsBotOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<IArticleSource>(sp => new ArticleLoader(
            new ArticleLoaderOptions(sp.GetRequiredService<IOptions<NewsBotOptions>>().Value.MaxFileBytes),
            sp.GetRequiredService<ILogger<ArticleLoader>>()));
        services.AddSingleton<NewsIndex>();
        services.AddSingleton<IIndexMaintainer>(sp => sp.GetRequiredService<NewsIndex>());
        services.AddSingleton<IQuestionAnswerer, AnswerEngine>();
        services.AddSingleton<IArticleCatalog, ArticleCatalog>();
        return services;
    }
}
