using NewsBot.Core.Evaluation;
using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Evaluation;

public sealed class QuestionSetReaderTests
{
    [Fact]
    public void Read_ThreeKinds_ReadsEveryField()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("q.jsonl");
        File.WriteAllText(path, """
            {"id": "1", "question": "Who?", "answers": ["Ann", "Ann B"], "article": "a", "kind": "in-corpus"}

            {"id": "2", "question": "Why?", "answers": [], "article": "a", "kind": "unanswerable"}
            {"id": "3", "question": "Where?", "answers": [], "article": "elsewhere", "kind": "off-corpus"}
            """);

        var questions = QuestionSetReader.Read(path);

        Assert.Equal([QuestionKind.InCorpus, QuestionKind.Unanswerable, QuestionKind.OffCorpus], questions.Select(q => q.Kind));
        Assert.Equal(["Ann", "Ann B"], questions[0].Answers);
        Assert.Equal("elsewhere", questions[2].Article);
    }

    [Fact]
    public void Read_MalformedLine_NamesTheLine()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("q.jsonl");
        File.WriteAllText(path, "{\"id\": \"1\", \"question\": \"Who?\", \"answers\": [], \"kind\": \"in-corpus\"}\n{not json\n");

        var error = Assert.Throws<FormatException>(() => QuestionSetReader.Read(path));

        Assert.Contains("q.jsonl:2", error.Message, StringComparison.Ordinal);
    }
}
