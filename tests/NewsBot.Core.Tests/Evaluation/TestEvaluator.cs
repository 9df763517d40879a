using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Articles;
using NewsBot.Core.Configuration;
using NewsBot.Core.Evaluation;

namespace NewsBot.Core.Tests.Evaluation;

/// <summary>An <see cref="AnswerEvaluator"/> with default options, as <c>newsbot eval</c> builds it.</summary>
internal static class TestEvaluator
{
    public static AnswerEvaluator Create() =>
        new(new ArticleLoader(new ArticleLoaderOptions(10 * 1024 * 1024), NullLogger<ArticleLoader>.Instance), new NewsBotOptions(),
            NullLoggerFactory.Instance, TimeProvider.System);
}
