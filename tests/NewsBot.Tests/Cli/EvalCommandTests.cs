using System.Text.Json;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Cli;

public sealed class EvalCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Eval_SmallCorpus_PrintsNewsBotBesideTheBaselineWithTheQuestionCounts()
    {
        await WriteSmallSetAsync();

        var (exit, output, error) = await CliRun.RunAsync(_folder.Path, null, "eval", "--corpus", "corpus", "--questions", "questions.jsonl");

        Assert.True(exit == 0, error);
        Assert.Contains("3 questions (2 in-corpus, 0 unanswerable, 1 off-corpus)", output, StringComparison.Ordinal);
        Assert.Contains("plain BM25", output, StringComparison.Ordinal);
        Assert.Contains("AnswerInQuote@1", output, StringComparison.Ordinal);
        Assert.Contains("AnswerInQuote@3", output, StringComparison.Ordinal);
        Assert.Contains("off-corpus refused", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_WithAnswersFile_WritesEveryAnswerWithItsRankAndQuotes()
    {
        await WriteSmallSetAsync();

        var (exit, _, error) = await CliRun.RunAsync(_folder.Path, null, "eval", "--corpus", "corpus", "--questions", "questions.jsonl", "--answers", "answers.jsonl");

        Assert.True(exit == 0, error);
        var lines = (await File.ReadAllLinesAsync(_folder.Combine("answers.jsonl"))).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["1", "2", "3"], lines.Select(line => line.GetProperty("id").GetString()));
        var first = lines[0];
        Assert.Equal("in-corpus", first.GetProperty("kind").GetString());
        Assert.True(first.GetProperty("answered").GetBoolean());
        Assert.Equal(1, first.GetProperty("rank").GetInt32());
        // Confidence is the abstention probability, written for declined answers too: the answered question is surer.
        Assert.InRange(first.GetProperty("confidence").GetDouble(), 0, 1);
        Assert.True(first.GetProperty("confidence").GetDouble() > lines[2].GetProperty("confidence").GetDouble());
        var quote = first.GetProperty("quotes")[0];
        Assert.Equal("harbour-bridge", quote.GetProperty("articleId").GetString());
        Assert.Contains("Ann Lowe", quote.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("40,000", lines[1].GetProperty("answers")[0].GetString());
        Assert.Equal("off-corpus", lines[2].GetProperty("kind").GetString());
    }

    private async Task WriteSmallSetAsync()
    {
        var corpus = _folder.Combine("corpus");
        Directory.CreateDirectory(corpus);
        await File.WriteAllTextAsync(Path.Combine(corpus, "harbour-bridge.md"),
            "# Harbour bridge reopens\n\nThe harbour bridge reopened on Monday after repairs costing $12.5 million.\n\nThe mayor, Ann Lowe, cut the ribbon at noon.\n");
        await File.WriteAllTextAsync(Path.Combine(corpus, "river-festival.md"),
            "# River festival draws crowds\n\nAbout 40,000 people attended the river festival in June.\n\nFireworks closed the final night.\n");
        var questions = _folder.Combine("questions.jsonl");
        await File.WriteAllLinesAsync(questions,
        [
            """{"id": "1", "question": "Who cut the ribbon at the harbour bridge?", "answers": ["Ann Lowe"], "article": "harbour-bridge", "kind": "in-corpus"}""",
            """{"id": "2", "question": "How many people attended the river festival?", "answers": ["40,000"], "article": "river-festival", "kind": "in-corpus"}""",
            """{"id": "3", "question": "Which chemical element has atomic number 79?", "answers": [], "article": "gold", "kind": "off-corpus"}""",
        ]);
    }

    [Fact]
    public async Task Eval_MissingQuestionsFile_IsAUsageError()
    {
        Directory.CreateDirectory(_folder.Combine("corpus"));

        var (exit, _, error) = await CliRun.RunAsync(_folder.Path, null, "eval", "--corpus", "corpus", "--questions", "nope.jsonl");

        Assert.Equal(2, exit);
        Assert.Contains("nope.jsonl", error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
