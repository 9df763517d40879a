namespace NewsBot.Tests.Bot.EndToEnd;

/// <summary>The end-to-end tests that share one emulator and one running bot.</summary>
[CollectionDefinition(Name)]
public sealed class BotCollection : ICollectionFixture<BotFixture>
{
    public const string Name = "Discord bot";
}
