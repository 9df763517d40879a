using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Answering;

/// <summary>Questions on the seed article; expectations from the task brief (the firm is Trend Micro, the World Cup is not covered).</summary>
public sealed class AnswerEngineSeedTests() : IndexedArticlesTests(new TestIndex().WithSeed())
{
    [Fact]
    public void Ask_WhichFirmReportedTheAttacks_FirstQuoteNamesTrendMicro()
    {
        var answer = Articles.Answerer.Ask("Which firm reported the attacks on Macron's campaign?");

        Assert.True(answer.Answered);
        Assert.Contains("Trend Micro", answer.Quotes[0].Text, StringComparison.Ordinal);
        Assert.Equal(TestIndex.SeedId, answer.Quotes[0].ArticleId);
        Assert.Equal("A cybersecurity group thinks Russia is trying to hack the French election", answer.Quotes[0].Title);
    }

    [Fact]
    public void Ask_QuestionOutsideTheArticles_ReturnsNoAnswer()
    {
        var answer = Articles.Answerer.Ask("Who won the 2018 World Cup?");

        Assert.False(answer.Answered);
        Assert.Empty(answer.Quotes);
    }

    [Fact]
    public void Ask_PartlyMatchingQuestion_ReturnsNoAnswerButNamesTheCloseArticle()
    {
        // "France" occurs in the seed, "capital" does not: a weak match, not an answer.
        var answer = Articles.Answerer.Ask("What is the capital of France?");

        Assert.False(answer.Answered);
        Assert.Equal(["A cybersecurity group thinks Russia is trying to hack the French election"], answer.RelatedTitles);
    }

    [Fact]
    public void Ask_OnlyQuestionWords_ReturnsNotFoundWithANote()
    {
        var answer = Articles.Answerer.Ask("Who? What? How?");

        Assert.False(answer.Answered);
        Assert.Contains("Your question has no words to search for.", answer.Notes);
    }

    [Fact]
    public void Ask_PossessiveInTheText_HighlightsTheNameWithoutTheApostropheS()
    {
        var quotes = Articles.Answerer.Ask("Macron", maxQuotes: 10).Quotes;

        Assert.Contains(quotes, quote => quote.Text.Contains("Macron’s", StringComparison.Ordinal));
        Assert.All(quotes, quote => Assert.All(quote.Highlights, h => Assert.Equal("Macron", quote.Text[h.Start..h.End])));
    }

    [Fact]
    public void Ask_FirmQuestion_HighlightsTheMatchedWords()
    {
        var quote = Articles.Answerer.Ask("Which firm reported the attacks on Macron's campaign?").Quotes[0];

        var highlighted = quote.Highlights.Select(h => quote.Text[h.Start..h.End]).ToList();
        Assert.Contains("firm", highlighted);
        Assert.Contains(highlighted, word => word.StartsWith("report", StringComparison.Ordinal));
        Assert.Contains("Macron", highlighted);
    }
}
