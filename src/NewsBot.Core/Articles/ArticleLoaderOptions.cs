namespace NewsBot.Core.Articles;

/// <summary>Limits for <see cref="ArticleLoader"/>.</summary>
/// <param name="MaxFileBytes">Files larger than this are skipped with a reason (bound to <c>NewsBot:MaxFileBytes</c>).</param>
public sealed record ArticleLoaderOptions(long MaxFileBytes = ArticleLoaderOptions.DefaultMaxFileBytes)
{
    /// <summary>10 MB, the same default as <c>NewsBotOptions.MaxFileBytes</c>.</summary>
    public const long DefaultMaxFileBytes = 10L * 1024 * 1024;
}
