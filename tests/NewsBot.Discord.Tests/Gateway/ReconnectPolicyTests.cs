using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class ReconnectPolicyTests
{
    [Theory]
    [InlineData(null, "Resume")]
    [InlineData(1000, "Resume")]
    [InlineData(1006, "Resume")]
    [InlineData(4000, "Resume")]
    [InlineData(4001, "Resume")]
    [InlineData(4002, "Resume")]
    [InlineData(4005, "Resume")]
    [InlineData(4008, "Resume")]
    [InlineData(4003, "Identify")]
    [InlineData(4007, "Identify")]
    [InlineData(4009, "Identify")]
    [InlineData(4004, "Fatal")]
    [InlineData(4010, "Fatal")]
    [InlineData(4011, "Fatal")]
    [InlineData(4012, "Fatal")]
    [InlineData(4013, "Fatal")]
    [InlineData(4014, "Fatal")]
    public void Decide_CloseCode_ReturnsDocumentedAction(int? closeCode, string expected)
    {
        var decision = ReconnectPolicy.Decide(closeCode);

        Assert.Equal(expected, decision.Action.ToString());
        Assert.Equal(expected == "Fatal", decision.FatalMessage is not null);
    }

    [Fact]
    public void Decide_4004_NamesTheTokenFix()
    {
        var message = ReconnectPolicy.Decide(4004).FatalMessage!;

        Assert.Contains("reset the token", message, StringComparison.Ordinal);
        Assert.Contains("Discord__Token", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Backoff_RepeatedAttempts_DoublesAndIsCappedAtSixtySeconds()
    {
        var delays = Enumerable.Range(1, 10).Select(attempt => ReconnectPolicy.Backoff(attempt, jitter: 0.999999)).ToList();

        for (var i = 1; i < delays.Count; i++)
        {
            Assert.True(delays[i] >= delays[i - 1]);
        }

        Assert.Equal(1, delays[0].TotalSeconds, precision: 3);
        Assert.Equal(32, delays[5].TotalSeconds, precision: 3);
        Assert.All(delays, d => Assert.True(d <= ReconnectPolicy.MaxBackoff));
        Assert.Equal(60, delays[^1].TotalSeconds, precision: 3);
    }

    [Fact]
    public void Backoff_Jitter_SpreadsBetweenHalfAndFullDelay()
    {
        Assert.Equal(TimeSpan.FromSeconds(4), ReconnectPolicy.Backoff(4, jitter: 0));
        Assert.Equal(TimeSpan.FromSeconds(6), ReconnectPolicy.Backoff(4, jitter: 0.5));
        Assert.Equal(TimeSpan.FromSeconds(30), ReconnectPolicy.Backoff(20, jitter: 0));
    }

    [Fact]
    public void InvalidSessionDelay_Jitter_StaysBetweenOneAndFiveSeconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(1), ReconnectPolicy.InvalidSessionDelay(0));
        Assert.Equal(TimeSpan.FromSeconds(3), ReconnectPolicy.InvalidSessionDelay(0.5));
        Assert.True(ReconnectPolicy.InvalidSessionDelay(0.9999) < TimeSpan.FromSeconds(5));
    }
}
