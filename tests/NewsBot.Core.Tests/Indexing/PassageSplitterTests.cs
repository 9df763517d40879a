using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Indexing;

public sealed class PassageSplitterTests
{
    [Fact]
    public void Of_ShortParagraphs_OnePassagePerParagraph()
    {
        var article = Some.Article("a", "T", "One. Two.", "Three. Four.");

        var passages = ArticleLayout.Of(article).Passages;

        Assert.Equal(["One. Two.", "Three. Four."], passages.Select(p => article.Text[p.Start..p.End]));
        Assert.Equal([0, 2], passages.Select(p => p.FirstSentence));
        Assert.Equal([0, 1], passages.Select(p => p.Ordinal));
    }

    [Fact]
    public void Of_LongParagraph_SplitsAtSentencesUnderTheTarget()
    {
        var sentence = new string('a', 150) + ".";
        var article = Some.Article("a", "T", string.Join(' ', Enumerable.Repeat(sentence, 5)));

        var passages = ArticleLayout.Of(article).Passages;

        Assert.Equal([2, 2, 1], passages.Select(p => p.Sentences.Count));
        Assert.All(passages, p => Assert.True(p.End - p.Start <= IndexSchema.PassageTargetLength));
        Assert.All(passages.Zip(passages.Skip(1)), pair => Assert.True(pair.First.End < pair.Second.Start));
    }

    [Fact]
    public void Of_SentenceLongerThanTheTarget_IsAPassageByItself()
    {
        var article = Some.Article("a", "T", "Short one. " + new string('b', 600) + ". Short two.");

        var passages = ArticleLayout.Of(article).Passages;

        Assert.Equal(3, passages.Count);
        Assert.Equal(601, passages[1].End - passages[1].Start);
    }

    [Fact]
    public void Of_SpansOutOfRangeOrOverlapping_AreDropped()
    {
        var text = "Alpha beta. Gamma delta.";
        var article = new Article("a", "T", text, [new TextSpan(0, text.Length)],
            [new TextSpan(0, 11), new TextSpan(5, 15), new TextSpan(12, 24), new TextSpan(20, 999), new TextSpan(3, 3)],
            null, null, null, "h", "/x");

        var layout = ArticleLayout.Of(article);

        Assert.Equal([new TextSpan(0, 11), new TextSpan(12, 24)], layout.Sentences);
        Assert.Single(layout.Passages);
    }

    [Fact]
    public void Of_NoSpansAtAll_FallsBackToTheWholeText()
    {
        var article = new Article("a", "T", "  Just text  ", [], [], null, null, null, "h", "/x");

        var passage = Assert.Single(ArticleLayout.Of(article).Passages);

        Assert.Equal("Just text", article.Text[passage.Start..passage.End]);
    }

    [Fact]
    public void SpanCodec_RoundTrips()
    {
        TextSpan[] spans = [new(3, 10), new(12, 300), new(300, 70_000)];

        Assert.Equal(spans, SpanCodec.Decode(SpanCodec.Encode(spans, 2), 2));
        Assert.Empty(SpanCodec.Decode(SpanCodec.Encode([])));
        Assert.Throws<FormatException>(() => SpanCodec.Decode([5, 1]));
    }
}
