namespace NewsBot.Core.Tests.Support;

/// <summary>Tests over one <see cref="TestIndex"/>: built before each test, deleted after it.</summary>
public abstract class IndexedArticlesTests : IAsyncLifetime
{
    private protected IndexedArticlesTests(TestIndex articles) => Articles = articles;

    private protected TestIndex Articles { get; }

    public Task InitializeAsync() => Articles.BuildAsync();

    /// <summary>Asks <paramref name="question"/> and checks that the first quote comes from the article and holds the answer.</summary>
    private protected void AssertFirstQuoteAnswers(string question, string articleId, string answer)
    {
        var result = Articles.Answerer.Ask(question);

        Assert.True(result.Answered, $"declined: {question}");
        Assert.Equal(articleId, result.Quotes[0].ArticleId);
        Assert.Contains(answer, result.Quotes[0].Text, StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        Articles.Dispose();
        return Task.CompletedTask;
    }
}
