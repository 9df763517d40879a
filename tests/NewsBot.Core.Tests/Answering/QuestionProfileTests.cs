using NewsBot.Core.Answering;
using NewsBot.Core.Search;

namespace NewsBot.Core.Tests.Answering;

public sealed class QuestionProfileTests
{
    [Theory]
    [InlineData("How many Game of the Year awards did it receive?", "Quantity")]
    [InlineData("How many years did the war last?", "Quantity")]
    [InlineData("When was the original iPod released?", "Date")]
    [InlineData("In what year did Chopin leave Warsaw?", "Date")]
    [InlineData("Who directed Spectre?", "Name")]
    [InlineData("Which company made Spectre?", "Name")]
    [InlineData("Why did the campaign fail?", "Other")]
    public void Of_QuestionWording_ReadsTheAnswerType(string question, string expected) =>
        Assert.Equal(Enum.Parse<AnswerType>(expected), QuestionProfile.Of(question, []).AnswerType);

    [Fact]
    public void Of_CapitalisedWordsInside_MarksThemAsNames()
    {
        QueryTerm[] terms = [new("direct", 1, 5, 2), new("spectr", 2, 3, 3), new("film", 3, 9, 1)];

        var profile = QuestionProfile.Of("Who directed Spectre the film?", terms);

        Assert.Equal(0b010u, profile.NameMask);
    }

    [Fact]
    public void Scan_SentenceWithNewNumberDateAndName_CountsOnlyWhatTheQuestionLacks()
    {
        var profile = QuestionProfile.Of("When did Chopin give his 2 concerts in Paris?", []);

        var shapes = AnswerShapeScanner.Scan("On 26 February 1832 Chopin gave 2 concerts at the Salle Pleyel in Paris.", profile.Words);

        Assert.Equal(2, shapes.Numbers); // 26 and 1832; the 2 is in the question.
        Assert.Equal(2, shapes.Dates); // February and 1832.
        Assert.Equal(2, shapes.Names); // Salle and Pleyel; Chopin and Paris are in the question.
    }
}
