using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Answering;

/// <summary>Any text a Discord user can type must give an answer or an honest "not found", never an exception.</summary>
public sealed class AnswerEngineHostileInputTests() : IndexedArticlesTests(new TestIndex().WithSeed())
{
    public static TheoryData<string> HostileQuestions => new()
    {
        "AND",
        "\"",
        "*",
        "?",
        ":",
        "(",
        "\\",
        "title:foo",
        "Macron AND (Russia OR \"Fancy Bear",
        "macro* ~2 ^3 [a TO z] {x} /regex/ !- +",
        "😀🔥 Macron 🇫🇷",
        "谁赢得了2018年世界杯？",
        "من فاز بكأس العالم 2018؟",
        "<@123456789012345678>",
        "<@!1> <@&2> <#3> <:emoji:4> @everyone @here",
        "\0\u0001\u001b[31m\u200b\ufeff",
        "\ud800 lone surrogate \udc00",
        new string('q', 300), // one "word" far past anything worth mending as a typo
        "campaignn atackss reportedd cybersecurityy intelligencee passwordss", // every word a typo to mend
    };

    [Theory]
    [MemberData(nameof(HostileQuestions))]
    public void Ask_HostileInput_ReturnsAnAnswerWithoutThrowing(string question)
    {
        var answer = Articles.Answerer.Ask(question);

        Assert.NotNull(answer);
        Assert.All(answer.Quotes, quote => Assert.Contains(quote.Text, File.ReadAllText(TestIndex.SeedPath), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n  ")]
    [InlineData("<@123456789012345678>")]
    public void Ask_NothingToAsk_ReturnsNotFoundWithANote(string question)
    {
        var answer = Articles.Answerer.Ask(question);

        Assert.False(answer.Answered);
        Assert.NotEmpty(answer.Notes);
    }

    [Fact]
    public void Ask_HundredThousandCharacters_IsShortenedWithANote()
    {
        var question = string.Concat(Enumerable.Repeat("Which firm reported the attacks on Macron's campaign? ", 2000))[..100_000];

        var answer = Articles.Answerer.Ask(question);

        Assert.Contains(answer.Notes, note => note.StartsWith("Your question was shortened to ", StringComparison.Ordinal));
        Assert.True(answer.Question.Length <= Articles.Options.MaxQuestionLength);
    }

    [Fact]
    public void Ask_ThousandsOfDistinctWords_StaysUnderTheClauseLimit()
    {
        Articles.Options.MaxQuestionLength = 100_000;
        var question = string.Join(' ', Enumerable.Range(0, 12_000).Select(i => $"w{i}"));

        var answer = Articles.Answerer.Ask(question);

        Assert.False(answer.Answered);
    }

    [Fact]
    public void Ask_MentionAroundARealQuestion_AnswersTheQuestion()
    {
        var answer = Articles.Answerer.Ask("<@123456789012345678> which firm reported the attacks on Macron's campaign?");

        Assert.True(answer.Answered);
        Assert.Contains("Trend Micro", answer.Quotes[0].Text, StringComparison.Ordinal);
    }
}
