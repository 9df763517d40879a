using NewsBot.Core.Answering;
using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Answering;

/// <summary>
/// Word vectors at work on a real index: a sentence that says "singer" where the question says "vocalist" (words
/// WordNet does not relate) is credited for it, and answers first over one that only repeats the question's other words.
/// </summary>
public sealed class AnswerEngineWordVectorTests() : IndexedArticlesTests(new TestIndex()
        .WithArticle("label", "Harlow Records",
            "Harlow Records had a difficult decade. Its founders had left for London, its studio needed a new roof, and the "
                + "shops that once stocked its records in every town of the county were closing one after another.",
            "Its singer, Ann Dale, recorded Northern Lights in 1990 at the Mill studio. She wrote most of the songs on the "
                + "train between Harlow and the coast, and the band played them live for a year before the sessions began.",
            "The label recorded heavy losses in 1990, the company reported. Its accountants blamed the cost of pressing "
                + "vinyl, a distributor that had gone bankrupt owing it money, and a long and expensive dispute over royalties."))
{
    private const string Question = "What did the vocalist record in 1990?";

    [Fact]
    public void Inspect_SentenceUsingAWordCloseInMeaning_IsCreditedForIt()
    {
        var (sentence, strong) = (Array.IndexOf(SentenceFeatures.Names, "sentence_coverage"), Array.IndexOf(SentenceFeatures.Names, "strong_coverage"));
        var (ranked, _, _) = Articles.Answerer.Inspect(Question);

        var singer = Assert.Single(ranked, c => c.Article.Text[c.Article.Sentences[c.Sentence].Start..].StartsWith("Its singer", StringComparison.Ordinal));
        var losses = Assert.Single(ranked, c => c.Article.Text[c.Article.Sentences[c.Sentence].Start..].StartsWith("The label", StringComparison.Ordinal));
        Assert.True(singer.Features[strong] > singer.Features[sentence], "the singer sentence gains nothing for 'vocalist'");
        Assert.Equal(losses.Features[sentence], losses.Features[strong], 6);
    }

    [Fact]
    public void Ask_QuestionNamingTheSingerDifferently_QuotesHerSentenceFirst()
    {
        var answer = Articles.Answerer.Ask(Question);

        Assert.True(answer.Answered);
        Assert.Contains("Northern Lights", answer.Quotes[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("losses", answer.Quotes[0].Text, StringComparison.Ordinal);
    }
}
