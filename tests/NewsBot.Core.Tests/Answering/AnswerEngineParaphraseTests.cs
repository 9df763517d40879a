using NewsBot.Core.Answering;
using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Answering;

/// <summary>The table at work: a paraphrased question finds the sentence that answers it over one that merely repeats its words.</summary>
public sealed class AnswerEngineParaphraseTests() : IndexedArticlesTests(new TestIndex()
        .WithArticle("mill", "A town and its mill",
            "Harlow's mill opened in 1950, and the Harlow mill soon made bicycles for the whole county.",
            "Demand fell in the nineties. The mill closed in 1998, when its owners went bankrupt.")
        .WithArticle("bridge", "Old bridge repairs",
            "The council shut the old bridge for repairs in 2003 and reopened it two years later."))
{
    [Fact]
    public void Ask_QuestionUsingASynonym_QuotesTheSentenceThatAnswersFirst()
    {
        var answer = Articles.Answerer.Ask("When did the Harlow mill shut?");

        Assert.True(answer.Answered);
        Assert.Contains("1998", answer.Quotes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_SynonymOfAQuestionTerm_CountsAsRelatedEvidenceButIsNeverHighlighted()
    {
        var related = Array.IndexOf(SentenceFeatures.Names, "related_coverage");
        var (ranked, _, _) = Articles.Answerer.Inspect("When did the Harlow mill shut?");

        var closed = Assert.Single(ranked, c => c.Article.Id == "mill" && c.Article.Text[c.Article.Sentences[c.Sentence].Start..].StartsWith("The mill closed", StringComparison.Ordinal));
        var opened = Assert.Single(ranked, c => c.Article.Id == "mill" && c.Sentence == 0);
        Assert.True(closed.Features[related] > 0);
        Assert.Equal(0, opened.Features[related]);
        var quote = Articles.Answerer.Ask("When did the Harlow mill shut?").Quotes.Single(q => q.Text.Contains("closed", StringComparison.Ordinal));
        Assert.DoesNotContain(quote.Highlights, h => quote.Text[h.Start..h.End] == "closed");
    }
}
