using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class QuestionNormalizerTests
{
    [Theory]
    [InlineData("<@123> who is <@!45> and <@&6> in <#7>? <:wave:8> <a:dance:9> @everyone @here", "who is and in ?")]
    [InlineData("line\r\nbreak\ttab\u0000nul", "line break tab nul")]
    [InlineData("  spaced   out  ", "spaced out")]
    [InlineData("Bey\u200Boncé Bey\u00ADoncé \u200Ehello\u200F", "Beyoncé Beyoncé hello")]
    [InlineData("Beyoncé _album_ __album__ *album* ||spoiler|| `code` ~~gone~~", "Beyoncé album album album spoiler code gone")]
    public void Normalize_Markup_IsRemoved(string input, string expected)
    {
        Assert.Equal(expected, QuestionNormalizer.Normalize(input, 1000).Text);
    }

    [Fact]
    public void Normalize_TooLong_CutsAtAWordBoundaryWithANote()
    {
        var result = QuestionNormalizer.Normalize("alpha beta gamma delta epsilon", 20);

        Assert.Equal("alpha beta gamma", result.Text);
        Assert.Equal(["Your question was shortened to 16 characters."], result.Notes);
    }

    [Fact]
    public void Normalize_OneHugeWord_CutsInsideItAtTheLimit()
    {
        var result = QuestionNormalizer.Normalize(new string('x', 500), 100);

        Assert.Equal(100, result.Text.Length);
        Assert.Single(result.Notes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void Normalize_Blank_IsEmpty(string? input)
    {
        Assert.True(QuestionNormalizer.Normalize(input, 100).IsEmpty);
    }
}
