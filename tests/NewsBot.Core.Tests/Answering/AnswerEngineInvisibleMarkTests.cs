using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Answering;

/// <summary>
/// Web pages put soft hyphens and zero-width spaces inside words ("Bey&#173;oncé"); pasted articles keep them. The
/// question, typed plainly, must still find the word, and the quote must stay the article's exact text.
/// </summary>
public sealed class AnswerEngineInvisibleMarkTests() : IndexedArticlesTests(new TestIndex()
        .WithArticle("security", "A forum under watch",
            "Analysts at a security firm traced the ransom\u200Bware to a forum in 2019.")
        .WithArticle("harbour", "The harbour wall",
            "Analysts at the port traced the storm damage to a broken sea wall in 2021.")
        .WithArticle("singer", "A debut album",
            "Bey\u00ADoncé released her debut album, Dangerously in Love, in 2003.")
        .WithArticle("band", "Another debut",
            "The band released its debut album, a live recording, in 1998."))
{
    [Theory]
    [InlineData("When was the ransomware traced?", "security", "2019")]
    [InlineData("When did Beyoncé release her debut album?", "singer", "2003")]
    public void Ask_WordsHoldingInvisibleMarks_AreFoundByPlainQuestions(string question, string articleId, string answer) =>
        AssertFirstQuoteAnswers(question, articleId, answer);

    [Fact]
    public void Ask_WordHoldingAnInvisibleMark_IsHighlightedWholeInTheExactArticleText()
    {
        var quote = Articles.Answerer.Ask("When was the ransomware traced?").Quotes[0];

        Assert.Contains("the ransom\u200Bware to a forum", quote.Text, StringComparison.Ordinal);
        Assert.Contains(quote.Highlights, h => quote.Text[h.Start..h.End] == "ransom\u200Bware");
    }
}
