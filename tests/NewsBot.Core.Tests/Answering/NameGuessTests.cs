using NewsBot.Core.Answering;
using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Answering;

/// <summary>
/// A question typed in lower case has no capitals to mark its names, so the words the read sentences write with a
/// capital mid-sentence stand in for them: the ranker's and the abstention model's checks on names then work for it
/// as for the same question with capitals (on a real index).
/// </summary>
public sealed class NameGuessTests() : IndexedArticlesTests(new TestIndex()
        .WithArticle("cup", "Local club lifts county cup",
            "The football club won the county cup on Saturday in front of its fans.",
            "Its captain lifted the cup in front of 2,000 fans.")
        .WithArticle("hockey", "Ice hockey final tonight",
            "Ice hockey fans in Tampa are waiting for the final to start tonight.",
            "The Stanley Cup has been played for since 1893."))
{
    private static readonly int MissingName = Array.IndexOf(SentenceFeatures.Names, "missing_name");

    [Fact]
    public void Profile_LowerCaseQuestion_TakesTheWordsTheArticlesCapitaliseAsNames()
    {
        var profile = ProfileOf("where are the fans waiting in tampa for the final");

        Assert.Equal(["tampa"], NamesOf(profile));
    }

    [Fact]
    public void Profile_QuestionWithCapitals_KeepsItsOwnNames()
    {
        // "fans" is lower case in the question: only what the asker capitalised is a name.
        var profile = ProfileOf("Where are the fans waiting in Tampa?");

        Assert.Equal(["tampa"], NamesOf(profile));
        Assert.Empty(NamesOf(ProfileOf("Where are the fans waiting in tampa?")));
    }

    [Fact]
    public void Profile_QuestionInCapitalsOrTitleCase_IsReadAsTypedInLowerCase()
    {
        // Capitals everywhere mark nothing: without this every word would count as a name the articles must hold.
        foreach (var question in new[] { "WHERE ARE THE FANS WAITING IN TAMPA FOR THE FINAL?", "Where Are The Fans Waiting In Tampa For The Final?" })
        {
            var profile = ProfileOf(question);

            Assert.True(profile.Uncased);
            Assert.Equal(["tampa"], NamesOf(profile));
        }
    }

    [Fact]
    public void Features_LowerCaseQuestion_MarkCandidatesMissingAGuessedName()
    {
        var (ranked, _, _) = Articles.Answerer.Inspect("did the fans in tampa see the final of the cup");

        Assert.Contains(ranked, c => c.Article.Id == "cup" && c.Features[MissingName] == 1);
        Assert.Contains(ranked, c => c.Article.Id == "hockey" && c.Features[MissingName] == 0);
    }

    private QuestionProfile ProfileOf(string question) => Articles.Answerer.Inspect(question).Profile!;

    private static List<string> NamesOf(QuestionProfile profile) =>
        [.. profile.Terms.Where((_, i) => (profile.NameMask & (1u << i)) != 0).Select(t => t.Text)];
}
