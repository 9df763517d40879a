using NewsBot.Core.Articles.Text;

namespace NewsBot.Core.Tests.Articles;

public sealed class DebrisFilterTests
{
    [Theory]
    [InlineData("clock menu more-arrow no yes mobile")]
    [InlineData("Filed under:")]
    [InlineData("Filed under: Politics")]
    [InlineData("Advertisement")]
    [InlineData("Skip to content")]
    [InlineData("Share this story")]
    [InlineData("Share | Tweet | Email")]
    [InlineData("Getty Images")]
    [InlineData("AFP/Getty Images")]
    [InlineData("Photo: Jane Doe/Reuters")]
    [InlineData("AP Photo/Evan Vucci")]
    [InlineData("Image copyright Reuters")]
    [InlineData("(Photo by Chip Somodevilla/Getty Images)")]
    [InlineData("Chip Somodevilla/Getty Images")]
    [InlineData("Photograph: Alamy")]
    [InlineData("Credit: NASA")]
    [InlineData("Read more")]
    [InlineData("Skip to main content")]
    public void IsDebris_PageFurnitureOrCredit_ReturnsTrue(string line)
    {
        Assert.True(DebrisFilter.IsDebris(line));
    }

    [Theory]
    [InlineData("A cybersecurity group thinks Russia is trying to hack the French election")]
    [InlineData("Ewood Park")]
    [InlineData("All black")]
    [InlineData("No.")]
    [InlineData("Yes")]
    [InlineData("Yes, no")]
    [InlineData("In the top")]
    [InlineData("On the up")]
    [InlineData("Read more about the deal in our report on Monday.")]
    [InlineData("Photos of the flood spread quickly on social media.")]
    [InlineData("Reuters reported that the talks had stalled.")]
    [InlineData("Share prices fell 3% in early trading")]
    [InlineData("That’s according to a new report from Tokyo-based cybersecurity firm Trend Micro.")]
    public void IsDebris_ArticleText_ReturnsFalse(string line)
    {
        Assert.False(DebrisFilter.IsDebris(line));
    }
}
