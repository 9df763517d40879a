namespace NewsBot.Discord.Tests.Fakes;

/// <summary>For state another thread sets (e.g. after the receive loop took a frame): polls briefly, then asserts.</summary>
internal static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(20);
        }

        Assert.True(condition());
    }
}
