using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Answering;

/// <summary>People type names without their accents ("Beyonce", "Frederic"); the articles keep them. Both must meet.</summary>
public sealed class AnswerEngineAccentTests() : IndexedArticlesTests(new TestIndex()
        .WithArticle("singer", "Beyoncé's first album",
            "Beyoncé released her debut album, Dangerously in Love, in 2003. It sold eleven million copies.")
        .WithArticle("composer", "A composer's childhood",
            "Frédéric Chopin was born in Żelazowa Wola in 1810 and grew up in Warsaw.")
        .WithArticle("cafe", "The village cafe",
            "The village cafe reopened in May after a fire closed it for a year."))
{
    [Theory]
    [InlineData("When did Beyonce release her debut album?", "singer", "2003")]
    [InlineData("Where was Frederic Chopin born?", "composer", "Żelazowa Wola")]
    [InlineData("When did the village café reopen?", "cafe", "May")]
    public void Ask_AccentsTypedOrLeftOut_FindTheSentenceThatAnswers(string question, string articleId, string answer) =>
        AssertFirstQuoteAnswers(question, articleId, answer);

    [Fact]
    public void Ask_NameTypedWithoutItsAccent_HighlightsTheAccentedNameInTheQuote()
    {
        var quote = Articles.Answerer.Ask("Where was Frederic Chopin born?").Quotes[0];

        Assert.Contains(quote.Highlights, h => quote.Text[h.Start..h.End] == "Frédéric");
    }
}
