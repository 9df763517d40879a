using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Articles;

public sealed class WordBoundariesTests
{
    private const string Text = "It's a well-known fact.";

    [Theory]
    [InlineData(0, true)]
    [InlineData(2, false)] // Inside "It's".
    [InlineData(4, true)]
    [InlineData(10, false)] // Inside "well-known".
    [InlineData(22, true)] // Before the final period.
    [InlineData(23, true)]
    public void IsBoundary_Positions_AnswersWhetherAWordIsCut(int index, bool expected)
    {
        Assert.Equal(expected, WordBoundaries.IsBoundary(Text, index));
    }

    [Fact]
    public void BoundaryAtOrBeforeAndAfter_InsideAWord_MoveToItsEdges()
    {
        var inside = Text.IndexOf("known", StringComparison.Ordinal) + 2;

        Assert.Equal(Text.IndexOf("well", StringComparison.Ordinal), WordBoundaries.BoundaryAtOrBefore(Text, inside));
        Assert.Equal(Text.IndexOf(" fact", StringComparison.Ordinal), WordBoundaries.BoundaryAtOrAfter(Text, inside));
    }
}
