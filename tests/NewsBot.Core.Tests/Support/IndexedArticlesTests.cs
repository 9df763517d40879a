namespace NewsBot.Core.Tests.Support;

/// <summary>Tests over one <see cref="TestIndex"/>: built before each test, deleted after it.</summary>
public abstract class IndexedArticlesTests : IAsyncLifetime
{
    private protected IndexedArticlesTests(TestIndex articles) => Articles = articles;

    private protected TestIndex Articles { get; }

    public Task InitializeAsync() => Articles.BuildAsync();

    public Task DisposeAsync()
    {
        Articles.Dispose();
        return Task.CompletedTask;
    }
}
