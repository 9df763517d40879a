using NewsBot.Core.Answering;
using NewsBot.Core.Search;

namespace NewsBot.Core.Tests.Answering;

/// <summary>A question word the sentence does not use still counts for as much as the sentence's closest word in meaning.</summary>
public sealed class SoftTermMatcherTests
{
    private static SoftTermMatcher MatcherFor(string question)
    {
        QueryTerm[] terms = [.. TextAnalysis.Analyze(question).Select(t => new QueryTerm(t.Term, t.Position, 1, 1))];
        return new SoftTermMatcher(QuestionProfile.Of(question, terms));
    }

    [Fact]
    public void Compare_SentenceUsingANearSynonym_ScoresThatTermHigh()
    {
        var matcher = MatcherFor("vocalist taxes");

        var best = matcher.Compare("Its singer, Ann Dale, made the album in a week.");

        Assert.InRange(best[0], 0.75f, 1f); // "vocalist" meets "singer"
        Assert.InRange(best[1], 0f, 0.5f); // nothing there is close to "taxes"
    }

    [Fact]
    public void Compare_SentenceOfUnrelatedWords_ScoresLow()
    {
        var best = MatcherFor("vocalist").Compare("The company reported losses.");

        Assert.InRange(best[0], 0f, 0.2f);
    }

    [Fact]
    public void Compare_WordsWithoutVectors_CountNothing()
    {
        // A made-up name and a number have no vectors; the commonest words ("the", "was") are not compared.
        var best = MatcherFor("Zorblat 1990").Compare("The Zorblat was made in 1990.");

        Assert.Equal([0f, 0f], best);
    }
}
