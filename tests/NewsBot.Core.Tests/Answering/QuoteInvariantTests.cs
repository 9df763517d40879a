using NewsBot.Core.Answering;
using NewsBot.Core.Articles;
using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Answering;

/// <summary>Every quote is exact article text, sentence-aligned, within the length limit, and quotes never overlap or repeat.</summary>
public sealed class QuoteInvariantTests
{
    private static readonly string[] Questions =
    [
        "Which firm reported the attacks on Macron's campaign?",
        "What did Le Pen say about Putin?",
        "Macron",
        "Russia hackers election Macron campaign emails",
        "Fancy Bear Pawn Storm Democratic National Committee",
        "How big was the loan Le Pen's campaign received?",
    ];

    [Theory]
    [InlineData(400, 5)]
    [InlineData(80, 3)] // Most seed sentences are longer than 80 characters: trimmed quotes cover fewer question words.
    public async Task Ask_SeedQuestions_QuotesHoldTheInvariants(int maxQuoteLength, int minimumAnswered)
    {
        using var index = new TestIndex(options => { options.MaxQuoteLength = maxQuoteLength; options.MaxQuotes = 5; }).WithSeed();
        await index.BuildAsync();
        var article = index.Source.Load(Path.Combine(index.SourceFolder, TestIndex.SeedId + ".txt")).Articles[0];

        var answered = 0;
        foreach (var question in Questions)
        {
            var quotes = index.Answerer.Ask(question).Quotes;
            answered += quotes.Count > 0 ? 1 : 0;
            AssertInvariants(article, quotes, maxQuoteLength);
        }

        Assert.True(answered >= minimumAnswered, $"only {answered} of {Questions.Length} questions were answered");
    }

    [Fact]
    public async Task Ask_DuplicateArticles_DoesNotRepeatTheSameText()
    {
        using var index = new TestIndex(options => options.MaxQuotes = 5).WithSeed();
        File.Copy(TestIndex.SeedPath, Path.Combine(index.SourceFolder, "copy-of-seed.txt"));
        await index.BuildAsync();

        var quotes = index.Answerer.Ask("Which firm reported the attacks on Macron's campaign?").Quotes;

        Assert.NotEmpty(quotes);
        Assert.Equal(quotes.Count, quotes.Select(q => q.Text).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Ask_MaxQuotesOverride_LimitsTheQuotes()
    {
        using var index = new TestIndex(options => options.MaxQuotes = 5).WithSeed();
        await index.BuildAsync();

        Assert.True(index.Answerer.Ask("Macron").Quotes.Count > 1);
        Assert.Single(index.Answerer.Ask("Macron", maxQuotes: 1).Quotes);
    }

    private static void AssertInvariants(Article article, IReadOnlyList<Quote> quotes, int maxQuoteLength)
    {
        foreach (var quote in quotes)
        {
            Assert.Equal(article.Text[quote.Start..quote.End], quote.Text);
            Assert.True(quote.Text.Length <= maxQuoteLength, $"{quote.Text.Length} > {maxQuoteLength}");
            Assert.Contains(article.Sentences, s => s.Start == quote.Start || s.Contains(new TextSpan(quote.Start, quote.End)));
            var endsASentence = article.Sentences.Any(s => s.End == quote.End);
            var insideOneLongSentence = article.Sentences.Any(s => s.Length > maxQuoteLength && s.Contains(new TextSpan(quote.Start, quote.End)));
            Assert.True(endsASentence || insideOneLongSentence, $"quote does not end at a sentence end: {quote.Text}");
            // A cut long sentence says so, so readers never take half a sentence for all of it.
            Assert.Equal(!endsASentence, quote.EndsMidSentence);
            Assert.Equal(!article.Sentences.Any(s => s.Start == quote.Start), quote.StartsMidSentence);
            Assert.True(quote.End == article.Text.Length || !char.IsLetterOrDigit(article.Text[quote.End]) || !char.IsLetterOrDigit(article.Text[quote.End - 1]),
                $"quote ends inside a word: {quote.Text}");
            Assert.NotEmpty(quote.Highlights);
            Assert.All(quote.Highlights, h => Assert.True(h.Start >= 0 && h.End <= quote.Text.Length && h.Length > 0));
        }

        for (var i = 0; i < quotes.Count; i++)
        {
            for (var j = i + 1; j < quotes.Count; j++)
            {
                Assert.False(new TextSpan(quotes[i].Start, quotes[i].End).Overlaps(new TextSpan(quotes[j].Start, quotes[j].End)));
                Assert.True(quotes[i].Score >= quotes[j].Score, "quotes are not best first");
            }
        }
    }
}
