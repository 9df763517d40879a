using NewsBot.Core.Evaluation;

namespace NewsBot.Core.Tests.Evaluation;

/// <summary>SQuAD normalisation as in the official evaluation script (lower case, ASCII punctuation and a/an/the removed).</summary>
public sealed class SquadTextTests
{
    [Theory]
    [InlineData("The U.S. Army!", "us army")]
    [InlineData("  an   Apple a day ", "apple day")]
    [InlineData("Beyoncé's \"Halo\"", "beyoncés halo")]
    [InlineData("1,000–2,000", "1000–2000")] // Only ASCII punctuation goes, as in the official script.
    public void Normalize_Text_MatchesTheSquadScript(string text, string expected) =>
        Assert.Equal(expected, SquadText.Normalize(text));

    [Theory]
    [InlineData("he was born in 1810 in warsaw", "1810", true)]
    [InlineData("he was born in 18101 in warsaw", "1810", false)]
    [InlineData("at the age of 20", "age of 20", true)]
    [InlineData("anything", "", false)]
    public void ContainsAnswer_WholeWordsOnly(string quote, string answer, bool expected) =>
        Assert.Equal(expected, SquadText.ContainsAnswer(quote, answer));
}
