using NewsBot.Core.Search;
using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Answering;

/// <summary>Typos the articles do not hold are mended to the indexed word one edit away; names and real words are not.</summary>
public sealed class AnswerEngineTypoTests() : IndexedArticlesTests(new TestIndex()
        .WithArticle("trial", "The trial of Tom Robinson",
            "Atticus Finch, a lawyer in Maycomb, defends Tom Robinson at his trial. The jury convicts Robinson anyway.",
            "Scout watches the trial from the gallery with her brother Jem.")
        .WithArticle("music", "Soundtrack released",
            "The soundtrack of the game was released on two discs in November. Critics compared it to the film scores of the eighties.")
        .WithArticle("garden", "Garden words",
            "The gardener released a book of short words about roses and forms of hedges in May."))
{
    [Theory]
    [InlineData("Who was the laywer?", "trial", "Atticus Finch")]
    [InlineData("When was the sountrack released?", "music", "November")]
    [InlineData("What was the soundtrack comapred to?", "music", "film scores")]
    public void Ask_QuestionWithATypo_QuotesTheAnswer(string question, string articleId, string answer) =>
        AssertFirstQuoteAnswers(question, articleId, answer);

    [Fact]
    public void Extract_Typo_BecomesTheIndexedTermWithItsFrequency()
    {
        var terms = Extract("sountrack laywer");

        Assert.Equal(["soundtrack", "lawyer"], terms.Select(t => t.Text));
        Assert.All(terms, t => Assert.True(t.InVocabulary));
    }

    [Fact]
    public void Extract_TypoOfAWordAlsoSpeltRight_CountsTheWordOnce()
    {
        var terms = Extract("lawyer laywer trial");

        Assert.Equal(["lawyer", "trial"], terms.Select(t => t.Text));
    }

    [Theory]
    [InlineData("galley")] // an English word the articles do not use: "gallery" is one edit away but means something else
    [InlineData("trail")] // the same: "trial" is a swap away
    [InlineData("Gallerx")] // a capitalised word past the start is a name
    [InlineData("jurq")] // too short to mend ("jury" is one edit away)
    public void Extract_RealWordNameOrShortStem_IsNotMended(string word)
    {
        var terms = Extract("about " + word);

        Assert.DoesNotContain(terms, t => t.InVocabulary && t.Text != "about");
    }

    private IReadOnlyList<QueryTerm> Extract(string text)
    {
        var snapshot = Articles.Index.AcquireSnapshot()!;
        try
        {
            return QueryTermExtractor.Extract(text, snapshot.Reader, Core.Indexing.IndexSchema.PassageText, dropQuestionWords: true);
        }
        finally
        {
            snapshot.Release();
        }
    }
}
