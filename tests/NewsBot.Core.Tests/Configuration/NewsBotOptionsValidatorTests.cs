using NewsBot.Core.Configuration;

namespace NewsBot.Core.Tests.Configuration;

public sealed class NewsBotOptionsValidatorTests
{
    private readonly NewsBotOptionsValidator _validator = new();

    [Fact]
    public void Validate_Defaults_WithOneSource_Succeed()
    {
        var result = _validator.Validate(null, new NewsBotOptions { Sources = ["seeds"] });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_NoSources_NamesTheSetting()
    {
        var result = _validator.Validate(null, new NewsBotOptions());

        Assert.True(result.Failed);
        Assert.Contains("NewsBot:Sources", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 400, "NewsBot:MaxQuotes")]
    [InlineData(11, 400, "NewsBot:MaxQuotes")]
    [InlineData(3, 10, "NewsBot:MaxQuoteLength")]
    public void Validate_OutOfRange_NamesTheSettingAndTheRange(int maxQuotes, int maxQuoteLength, string setting)
    {
        var result = _validator.Validate(null, new NewsBotOptions { Sources = ["seeds"], MaxQuotes = maxQuotes, MaxQuoteLength = maxQuoteLength });

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith(setting + " must be between", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3601)]
    public void Validate_IndexReloadSecondsOutOfRange_NamesTheSettingAndTheRange(int seconds)
    {
        var result = _validator.Validate(null, new NewsBotOptions { Sources = ["seeds"], IndexReloadSeconds = seconds });

        Assert.Equal("NewsBot:IndexReloadSeconds must be between 0 and 3,600 (it is " + seconds.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + ").", Assert.Single(result.Failures!));
    }

    [Fact]
    public void Validate_EmptyIndexPath_NamesTheSetting()
    {
        var result = _validator.Validate(null, new NewsBotOptions { Sources = ["seeds"], IndexPath = " " });

        Assert.Contains("NewsBot:IndexPath", result.FailureMessage, StringComparison.Ordinal);
    }
}
