using NewsBot.Core.Answering;
using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Answering;

/// <summary>
/// Word vectors at work on a real index: a sentence that says "singer" where the question says "vocalist" (words
/// WordNet does not relate) is credited for it, and ranks first over one that only repeats the question's other words.
/// (On an index this small, "vocalist" is found nowhere, so abstention may still decline the question: that is
/// abstention's call, tested elsewhere; the ranking is what word vectors change.)
/// </summary>
public sealed class AnswerEngineWordVectorTests() : IndexedArticlesTests(new TestIndex()
        .WithArticle("band", "The Harlow Four",
            "The Harlow Four played their first concert in a pub by the station in 1979.",
            "Their manager left in 1987. Their singer left in 1991.",
            "The band still plays a reunion concert in the same pub every summer."))
{
    private const string Question = "When did the vocalist of the Harlow Four leave?";

    [Fact]
    public void Inspect_SentenceUsingAWordCloseInMeaning_IsCreditedForIt()
    {
        var (sentence, strong) = (Array.IndexOf(SentenceFeatures.Names, "sentence_coverage"), Array.IndexOf(SentenceFeatures.Names, "strong_coverage"));
        var (ranked, _, _) = Articles.Answerer.Inspect(Question);

        var singer = Assert.Single(ranked, c => SentenceText(c).StartsWith("Their singer", StringComparison.Ordinal));
        var manager = Assert.Single(ranked, c => SentenceText(c).StartsWith("Their manager", StringComparison.Ordinal));
        var (singerGain, managerGain) = (singer.Features[strong] - singer.Features[sentence], manager.Features[strong] - manager.Features[sentence]);
        Assert.True(singerGain > managerGain + 0.1, $"'singer' gains {singerGain:F2} for 'vocalist', 'manager' {managerGain:F2}");
    }

    [Fact]
    public void Rank_QuestionNamingTheSingerDifferently_PutsHerSentenceFirst()
    {
        var (ranked, _, _) = Articles.Answerer.Inspect(Question);

        Assert.StartsWith("Their singer", SentenceText(ranked[0]), StringComparison.Ordinal);
    }

    private static string SentenceText(SentenceCandidate candidate)
    {
        var span = candidate.Article.Sentences[candidate.Sentence];
        return candidate.Article.Text.Substring(span.Start, span.Length);
    }
}
