using NewsBot.Core.Answering;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Answering;

public sealed class QuoteTrimmerTests
{
    private const string Sentence = "The committee met on Tuesday, after weeks of delay, and voted to approve the budget; the mayor welcomed the decision warmly.";

    [Fact]
    public void Trim_ShortSentence_IsUnchanged()
    {
        Assert.Equal(new TextSpan(0, Sentence.Length), QuoteTrimmer.Trim(Sentence, new TextSpan(0, Sentence.Length), 4, 200));
    }

    [Fact]
    public void Trim_LongSentence_EndsAtAClauseOrWordBoundaryWithinTheLimit()
    {
        var span = QuoteTrimmer.Trim(Sentence, new TextSpan(0, Sentence.Length), 4, 90);

        Assert.Equal(0, span.Start);
        Assert.True(span.Length <= 90);
        Assert.Equal("The committee met on Tuesday, after weeks of delay, and voted to approve the budget", Sentence[span.Start..span.End]);
    }

    [Fact]
    public void Trim_MatchNearTheEnd_StartsAtTheClauseBeforeIt()
    {
        var match = Sentence.IndexOf("welcomed", StringComparison.Ordinal);

        var span = QuoteTrimmer.Trim(Sentence, new TextSpan(0, Sentence.Length), match, 60);

        Assert.True(span.Length <= 60);
        Assert.True(span.Start <= match && span.End >= match + "welcomed".Length, Sentence[span.Start..span.End]);
        Assert.True(char.IsWhiteSpace(Sentence[span.Start - 1]));
    }

    [Fact]
    public void Trim_OneEnormousWord_CutsAtTheLimit()
    {
        var text = new string('z', 500);

        Assert.Equal(new TextSpan(0, 100), QuoteTrimmer.Trim(text, new TextSpan(0, 500), 0, 100));
    }
}
