namespace NewsBot.Core.Tests.Support;

/// <summary>Two indexes for tests about re-published stories: the seed once, and the seed with <c>copies</c> more copies.</summary>
public abstract class RepublishedSeedTests(int copies) : IAsyncLifetime
{
    private protected TestIndex Single { get; } = new TestIndex().WithSeed();

    private protected TestIndex Copies { get; } = new TestIndex().WithSeed().WithSeedCopies(copies);

    public async Task InitializeAsync()
    {
        await Single.BuildAsync();
        await Copies.BuildAsync();
    }

    public Task DisposeAsync()
    {
        Single.Dispose();
        Copies.Dispose();
        return Task.CompletedTask;
    }
}
