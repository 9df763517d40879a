using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class QuestionCasingTests
{
    [Theory]
    [InlineData("WHO WON THE STANLEY CUP?")]
    [InlineData("Who Won The Stanley Cup?")]
    [InlineData("Who Won the Battle of Hastings")]
    [InlineData("HOW MANY SCHOOLS ARE IN NYC")]
    public void MarksNothing_CapitalsOnEveryWord_IsTrue(string question)
    {
        Assert.True(QuestionCasing.MarksNothing(question));
    }

    [Theory]
    [InlineData("Who won the Stanley Cup?")]
    [InlineData("who won the stanley cup")]
    [InlineData("Jay Z?")]                  // a name alone, not a title-cased question
    [InlineData("Where Is NYC's tallest building?")]
    [InlineData("2004?")]
    [InlineData("")]
    public void MarksNothing_CapitalsOnSomeWordsOrNone_IsFalse(string question)
    {
        Assert.False(QuestionCasing.MarksNothing(question));
    }
}
