using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Articles;

// Golden expectations written by hand from the cases in the ingestion task; each sentence is listed exactly as it must come out.
public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("The U.S. economy grew. The U.K. did not.", new[] { "The U.S. economy grew.", "The U.K. did not." })]
    [InlineData("Mr. Smith met Mrs. Jones and Dr. Who at St. Paul's. They talked.", new[] { "Mr. Smith met Mrs. Jones and Dr. Who at St. Paul's.", "They talked." })]
    [InlineData("It opened on Jan. 5 and closed in Sept. 2016. Then it reopened.", new[] { "It opened on Jan. 5 and closed in Sept. 2016.", "Then it reopened." })]
    [InlineData("Some fruits, e.g. apples, i.e. the red ones, etc. are sold. Prices rose.", new[] { "Some fruits, e.g. apples, i.e. the red ones, etc. are sold.", "Prices rose." })]
    [InlineData("Acme Inc. and Bolt Corp. merged. He lives at No. 5 Main Road.", new[] { "Acme Inc. and Bolt Corp. merged.", "He lives at No. 5 Main Road." })]
    [InlineData("Books by J. K. Rowling sold well. George W. Bush read them.", new[] { "Books by J. K. Rowling sold well.", "George W. Bush read them." })]
    [InlineData("It cost $12.5 million. Pi is 3.14 or so.", new[] { "It cost $12.5 million.", "Pi is 3.14 or so." })]
    [InlineData("He paused... Then he spoke. Wait… What?", new[] { "He paused...", "Then he spoke.", "Wait…", "What?" })]
    [InlineData("\"Is it over?\" he asked. \"Yes!\" She left.", new[] { "\"Is it over?\" he asked.", "\"Yes!\"", "She left." })]
    [InlineData("“We won.” The crowd cheered. (It was late.) Everyone went home.", new[] { "“We won.”", "The crowd cheered.", "(It was late.)", "Everyone went home." })]
    [InlineData("Il a dit «C'est fini.» Alors? Non! Oui.", new[] { "Il a dit «C'est fini.»", "Alors?", "Non!", "Oui." })]
    [InlineData("He said ‘no.’ Then he left", new[] { "He said ‘no.’", "Then he left" })]
    [InlineData("The deal was signed in the U.S. The shares rose.", new[] { "The deal was signed in the U.S.", "The shares rose." })]
    [InlineData("It ended after World War I. The treaty was signed. Plan B. It worked.", new[] { "It ended after World War I.", "The treaty was signed.", "Plan B.", "It worked." })]
    [InlineData("Sen. Warren and Gov. Brown spoke. Prof. Lee agreed.", new[] { "Sen. Warren and Gov. Brown spoke.", "Prof. Lee agreed." })]
    [InlineData("A list without an end", new[] { "A list without an end" })]
    [InlineData("She works for Acme Inc. She is happy.", new[] { "She works for Acme Inc.", "She is happy." })]
    [InlineData("They left at 5 p.m. on Friday. It rained.", new[] { "They left at 5 p.m. on Friday.", "It rained." })]
    public void Split_GoldenCases_ReturnsExpectedSentences(string paragraph, string[] expected)
    {
        var spans = SentenceSplitter.Split(paragraph, new TextSpan(0, paragraph.Length));

        Assert.Equal(expected, spans.Select(s => paragraph[s.Start..s.End]).ToArray());
    }

    [Fact]
    public void Split_ParagraphRangeInsideLongerText_ReturnsSpansIntoTheTextWithoutSurroundingWhitespace()
    {
        const string text = "Title stuff.\n\n  First one.   Second one?  \n\nNext paragraph.";
        var start = text.IndexOf("  First", StringComparison.Ordinal);
        var end = text.IndexOf("\n\nNext", StringComparison.Ordinal);

        var spans = SentenceSplitter.Split(text, new TextSpan(start, end));

        Assert.Equal(["First one.", "Second one?"], spans.Select(s => text[s.Start..s.End]));
        Assert.All(spans, s => Assert.False(char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1])));
    }

    [Fact]
    public void Split_RangeOutsideText_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SentenceSplitter.Split("short", new TextSpan(0, 10)));
    }

    [Fact]
    public void Split_WhitespaceOnlyRange_ReturnsNothing()
    {
        Assert.Empty(SentenceSplitter.Split("   \n  ", new TextSpan(0, 6)));
    }

    [Fact]
    public void Split_LongText_SpansAreOrderedContiguousAndCoverAllNonSpaceText()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Mr. Brown paid $3.5 million. “Why?” asked the U.S. press… Nobody knew! ", 200)).TrimEnd();

        var spans = SentenceSplitter.Split(paragraph, new TextSpan(0, paragraph.Length));

        Assert.Equal(600, spans.Count); // Three sentences per repeat: "“Why?” asked" goes on after the question mark.
        for (var i = 1; i < spans.Count; i++)
        {
            Assert.True(spans[i - 1].End < spans[i].Start);
            Assert.True(string.IsNullOrWhiteSpace(paragraph[spans[i - 1].End..spans[i].Start]));
        }
    }
}
