using NewsBot.Core.Answering;
using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Answering;

/// <summary>
/// A question naming a two-word name ("the Stanley Cup") about articles that hold both words but never together
/// ("Stanley" a town, "cup" a trophy) is a question about something else: the missing_name_pairs signal says so, on a
/// real index. (Off-corpus news questions like "Which horse won the 2005 Grand National?" matched "Grand Slam" and
/// "Six Nations" before it.)
/// </summary>
public sealed class AbstentionNamePairTests() : IndexedArticlesTests(new TestIndex()
        .WithArticle("cup", "Stanley club lifts county cup",
            "The football club from Stanley won the county cup on Saturday.",
            "Its captain lifted the cup in front of 2,000 fans.")
        .WithArticle("hockey", "Ice hockey final tonight",
            "Ice hockey fans in Tampa are waiting for the Stanley Cup final to start tonight.",
            "The Stanley Cup has been played for since 1893."))
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
    }

    [Fact]
    public void Describe_QuestionWithoutATwoWordName_HasNoSignal()
    {
        // Lower case: no capitalised words, so no name pairs to look for.
        Assert.Equal(0, SignalFor("which club won the county cup on saturday?"));
    }

    [Theory]
    [InlineData("Who won the Tour de France?", "tour", "franc")]
    [InlineData("Who leads the Bank of England?", "bank", "england")]
    public void Names_WordsOfOneNameAcrossAShortLinkWord_AreAPair(string question, string first, string second)
    {
        var (_, _, profile) = Articles.Answerer.Inspect(question);
        var pairs = new QuestionPairs(profile!);

        var pair = Assert.Single(pairs.Names);
        Assert.Equal((first, second), (profile!.Terms[pair.First].Text, profile.Terms[pair.Second].Text));
    }

    private double SignalFor(string question)
    {
        var (ranked, statistics, profile) = Articles.Answerer.Inspect(question);
        Assert.NotEmpty(ranked);
        return AbstentionFeatures.Describe(statistics!, profile!, ranked)[MissingNamePairs];
    }
}
