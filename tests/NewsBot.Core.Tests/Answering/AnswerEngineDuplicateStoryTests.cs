using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Answering;

/// <summary>
/// News collections hold re-published copies of one story. Copies must not change the answer: the scaled BBC workload
/// (k = 10) refused a quarter of its own headlines before copies were collapsed into one candidate.
/// </summary>
public sealed class AnswerEngineDuplicateStoryTests() : RepublishedSeedTests(copies: 5)
{
    private const string Question = "Which firm reported the attacks on Macron's campaign?";

    [Fact]
    public void Ask_StoryPublishedSixTimes_AnswersAsIfPublishedOnce()
    {
        var once = Single.Answerer.Ask(Question);
        var sixTimes = Copies.Answerer.Ask(Question);

        // Term statistics shift a little with six copies, so only the first quote is expected to be the same.
        Assert.True(sixTimes.Answered);
        Assert.Equal(once.Quotes[0].Text, sixTimes.Quotes[0].Text);
        Assert.Equal(once.Quotes.Count, sixTimes.Quotes.Count);
    }

    [Fact]
    public void Ask_StoryPublishedSixTimes_NeverQuotesOverlappingPartsOfTheStoryTwice()
    {
        var answer = Copies.Answerer.Ask(Question);

        var spans = answer.Quotes.Select(q => new NewsBot.Core.Articles.TextSpan(q.Start, q.End)).ToList();
        Assert.Equal(answer.Quotes.Count, answer.Quotes.Select(q => q.Text).Distinct(StringComparer.Ordinal).Count());
        Assert.All(spans, (a, i) => Assert.DoesNotContain(spans.Skip(i + 1), b => a.Overlaps(b)));
    }

    [Fact]
    public void Ask_QuestionOutsideTheStory_StillRefusedWithCopies()
    {
        Assert.False(Copies.Answerer.Ask("Who won the 2018 World Cup?").Answered);
    }
}
