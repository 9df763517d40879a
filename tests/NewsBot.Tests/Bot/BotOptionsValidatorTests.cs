using NewsBot.Bot;

namespace NewsBot.Tests.Bot;

public sealed class BotOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed() =>
        Assert.True(new BotOptionsValidator().Validate(null, new BotOptions()).Succeeded);

    [Fact]
    public void Validate_ZeroId_NamesTheSetting()
    {
        var result = new BotOptionsValidator().Validate(null, new BotOptions { AskChannelIds = [0] });

        Assert.True(result.Failed);
        Assert.Contains("Discord:AskChannelIds", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateId_NamesTheSetting()
    {
        var result = new BotOptionsValidator().Validate(null, new BotOptions { AdminRoleIds = [5, 5] });

        Assert.True(result.Failed);
        Assert.Contains("Discord:AdminRoleIds lists an id twice", result.FailureMessage, StringComparison.Ordinal);
    }
}
