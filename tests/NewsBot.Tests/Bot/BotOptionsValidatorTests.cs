using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using NewsBot.Bot;
using NewsBot.Discord;

namespace NewsBot.Tests.Bot;

public sealed class BotOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed() =>
        Assert.True(Validator().Validate(null, new BotOptions()).Succeeded);

    [Fact]
    public void Validate_ZeroId_NamesTheSetting()
    {
        var result = Validator().Validate(null, new BotOptions { AskChannelIds = [0] });

        Assert.True(result.Failed);
        Assert.Contains("Discord:AskChannelIds", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateId_NamesTheSetting()
    {
        var result = Validator().Validate(null, new BotOptions { AdminRoleIds = [5, 5] });

        Assert.True(result.Failed);
        Assert.Contains("Discord:AdminRoleIds lists an id twice", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AskChannelsWithoutReadingMessages_SaysWhatToTurnOn()
    {
        var result = Validator(readMessages: false).Validate(null, new BotOptions { AskChannelIds = [42] });

        Assert.True(result.Failed);
        Assert.Contains("Discord:AskChannelIds needs Discord:ReadMessages=true", result.FailureMessage, StringComparison.Ordinal);
        Assert.True(Validator(readMessages: false).Validate(null, new BotOptions()).Succeeded);
        Assert.True(Validator(readMessages: true).Validate(null, new BotOptions { AskChannelIds = [42] }).Succeeded);
    }

    [Fact]
    public void Validate_EntryThatIsNotAnId_NamesTheSettingAndTheEntry()
    {
        // The binder drops "abc" without a word, leaving the list empty: the raw settings must be checked.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:AdminUserIds:0"] = "abc",
            ["Discord:AdminUserIds:1"] = "-5",
            ["Discord:AskChannelIds:0"] = "123",
        }).Build();

        var result = Validator(configuration: configuration).Validate(null, new BotOptions { AskChannelIds = [123] });

        Assert.True(result.Failed);
        Assert.Contains("Discord:AdminUserIds has \"abc\" (entry 0): each entry must be a user id", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Discord:AdminUserIds has \"-5\" (entry 1)", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("AskChannelIds", result.FailureMessage, StringComparison.Ordinal);
    }

    private static BotOptionsValidator Validator(bool readMessages = true, IConfiguration? configuration = null) =>
        new(Options.Create(new DiscordOptions { ReadMessages = readMessages }), configuration ?? new ConfigurationBuilder().Build());
}
