using NewsBot.Core.Answering;
using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Answering;

/// <summary>
/// A question that says "NYC" of articles that say "New York City" is asked as if it said "New York City" (on a real
/// index): the expansion is read from the retrieved articles, never from a word list, and only where they write the
/// long form more often than the acronym.
/// </summary>
public sealed class AcronymExpanderTests() : IndexedArticlesTests(new TestIndex()
        .WithArticle("city", "The biggest city",
            "The population of New York City was 8,491,079 in 2014.",
            "Most people in New York City rent their homes, and the subway of New York City runs all night.")
        .WithArticle("league", "Football league",
            "The FCC fined the broadcaster after the game. The Federal Communications Commission said the FCC would act again.",
            "Compact discs sold well. Chelsea Dagger was played at the Football League game on a CD."))
{
    [Fact]
    public void Ask_AcronymTheArticlesNeverUse_FindsTheLongForm()
    {
        var answer = Articles.Answerer.Ask("What was the population of NYC in 2014?");

        Assert.True(answer.Answered);
        Assert.Contains("8,491,079", answer.Quotes[0].Text, StringComparison.Ordinal);
        Assert.Equal("What was the population of NYC in 2014?", answer.Question);
    }

    [Fact]
    public void Inspect_AcronymTheArticlesNeverUse_IsSearchedAsTheLongForm()
    {
        Assert.Contains(TermsOf("What was the population of NYC in 2014?"), t => t is "york");
        // A question in lower case stays in lower case, so its names are still guessed from the articles.
        var profile = Articles.Answerer.Inspect("what was the population of nyc in 2014").Profile!;
        Assert.True(profile.Uncased);
        Assert.Contains(profile.Terms, t => t.Text == "york");
    }

    [Theory]
    [InlineData("Who did the FCC fine?", "fcc")]          // the articles write "FCC" as often as the long form
    [InlineData("Who played a CD at the game?", "cd")]    // two letters: too many names share the initials
    public void Inspect_AcronymTheArticlesUseOrTooShort_IsKept(string question, string term)
    {
        var terms = TermsOf(question);

        Assert.Contains(term, terms);
        Assert.DoesNotContain("commun", terms);
        Assert.DoesNotContain("dagger", terms);
    }

    private List<string> TermsOf(string question) =>
        [.. Articles.Answerer.Inspect(question).Profile!.Terms.Select(t => t.Text)];
}
