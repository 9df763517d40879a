using NewsBot.Core.Answering;
using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Answering;

/// <summary>
/// A question naming a two-word name ("the Stanley Cup") about articles that hold both words but never together
/// ("Stanley" a town, "cup" a county trophy) is a question about something else: the missing_name_pairs signal says
/// so, on a real index. (Off-corpus news questions like "Which horse won the 2005 Grand National?" matched "Grand
/// Slam" and "Six Nations" before it.)
/// </summary>
public sealed class AbstentionNamePairTests() : IndexedArticlesTests(new TestIndex()
        .WithArticle("cup", "Stanley club lifts county cup",
            "The football club from Stanley won the county cup on Saturday.",
            "Its captain lifted the cup in front of 2,000 fans.")
        .WithArticle("hockey", "Ice hockey final tonight",
            "Ice hockey fans in Tampa are waiting for the Stanley Cup final to start tonight.",
            "The Stanley Cup has been played for since 1893.")
        .WithArticle("rugby", "Wales look ahead",
            "Rhys Williams says Wales are still not thinking of the Grand Slam despite a third Six Nations win."))
{
    private static readonly int MissingNamePairs = Array.IndexOf(AbstentionFeatures.Names, "missing_name_pairs");

    [Fact]
    public void Describe_NameWrittenTogetherInACandidate_IsNotMissing()
    {
        Assert.Equal(0, SignalFor("When was the Stanley Cup first played for?"));
    }

    [Fact]
    public void Describe_NameWhoseWordsStandOnlyApart_IsMissing()
    {
        Assert.Equal(1, SignalFor("Which club won the Stanley Football Cup?"), precision: 6);
        Assert.Equal(1, SignalFor("Who won the Grand National?"), precision: 6);
    }

    [Fact]
    public void Describe_LowerCaseQuestion_TakesAsNamesTheWordsTheArticlesCapitalise()
    {
        // "grand" and "nations" are written with a capital wherever the articles use them, never side by side.
        Assert.Equal(1, SignalFor("who won the grand national?"), precision: 6);
        Assert.Equal(0, SignalFor("who won the grand slam?"));
    }

    [Fact]
    public void Describe_QuestionWithoutATwoWordName_HasNoSignal()
    {
        // "county" and "cup" are lower case in the articles too: not a name.
        Assert.Equal(0, SignalFor("which club won the county cup on saturday?"));
    }

    [Theory]
    [InlineData("Who won the Tour de France?", "tour", "franc")]
    [InlineData("Who leads the Bank of England?", "bank", "england")]
    [InlineData("Who lifted the Stanley Cup?", "stanlei", "cup")]
    public void Names_WordsOfOneName_AreAPair(string question, string first, string second)
    {
        var pair = Assert.Single(NamePairs(question));

        Assert.Equal((first, second), pair);
    }

    [Theory]
    [InlineData("Who refereed Portsmouth v Arsenal?")]
    [InlineData("Did Arsenal and Chelsea draw?")]
    [InlineData("Was Stanley, or Tampa, the host?")]
    public void Names_TwoNamesSideBySide_AreNotAPair(string question)
    {
        Assert.Empty(NamePairs(question));
    }

    private IEnumerable<(string, string)> NamePairs(string question)
    {
        var (_, _, profile) = Articles.Answerer.Inspect(question);
        return QuestionPairs.Names(profile!, profile!.NameMask).Select(p => (profile!.Terms[p.First].Text, profile.Terms[p.Second].Text));
    }

    private double SignalFor(string question)
    {
        var (ranked, statistics, profile) = Articles.Answerer.Inspect(question);
        Assert.NotEmpty(ranked);
        return AbstentionFeatures.Describe(statistics!, profile!, ranked)[MissingNamePairs];
    }
}
