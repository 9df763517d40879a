using System.Text.Json;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Cli;

public sealed class AskCommandTests : IDisposable
{
    private const string SeedTitle = "A cybersecurity group thinks Russia is trying to hack the French election";
    private readonly TempFolder _index = new();

    [Fact]
    public async Task Ask_SeedQuestion_QuotesTrendMicroUnderTheRealTitle()
    {
        var (exit, output, error) = await CliRun.RunAsync(RepositoryPaths.Root, null,
            "ask", "Which firm reported the attacks on Macron's campaign?", "--index", _index.Path);

        Assert.Equal(0, exit);
        var firstQuote = output.Split('\n').First(l => l.StartsWith("> ", StringComparison.Ordinal));
        Assert.Contains("Trend Micro", output, StringComparison.Ordinal);
        Assert.Contains("— " + SeedTitle, output, StringComparison.Ordinal);
        Assert.DoesNotContain("Getty Images", output, StringComparison.Ordinal);
        Assert.NotEmpty(firstQuote);
        Assert.Contains("index", error, StringComparison.OrdinalIgnoreCase); // the note that the index was built first
    }

    [Fact]
    public async Task Ask_QuestionOutsideTheArticles_PrintsTheNoAnswerMessage()
    {
        var (exit, output, _) = await CliRun.RunAsync(RepositoryPaths.Root, null,
            "ask", "Who won the 2018 World Cup?", "--index", _index.Path);

        Assert.Equal(0, exit);
        Assert.Contains(NewsBot.Cli.PlainAnswerWriter.NoAnswerMessage, output, StringComparison.Ordinal);
        Assert.DoesNotContain("> ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_JsonBatchFromStandardInput_WritesOneObjectPerLine()
    {
        const string Questions = "Which firm reported the attacks on Macron's campaign?\n\nWho won the 2018 World Cup?\nWhat is ANSSI?\n";

        var (exit, output, _) = await CliRun.RunAsync(RepositoryPaths.Root, Questions, "ask", "--json", "--index", _index.Path);

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("Which firm reported the attacks on Macron's campaign?", first.RootElement.GetProperty("question").GetString());
        Assert.True(first.RootElement.GetProperty("answered").GetBoolean());
        var quote = first.RootElement.GetProperty("quotes")[0];
        Assert.Equal(SeedTitle, quote.GetProperty("title").GetString());
        Assert.Equal("000_4663b4fa3a7231cb", quote.GetProperty("articleId").GetString());
        var text = quote.GetProperty("text").GetString()!;
        Assert.Equal(text.Length, quote.GetProperty("end").GetInt32() - quote.GetProperty("start").GetInt32());
        Assert.True(quote.TryGetProperty("score", out _));
        Assert.True(quote.TryGetProperty("url", out _));
        using var second = JsonDocument.Parse(lines[1]);
        Assert.False(second.RootElement.GetProperty("answered").GetBoolean());
        Assert.Equal(0, second.RootElement.GetProperty("quotes").GetArrayLength());
    }

    [Fact]
    public async Task Ask_UnknownOption_IsAUsageError()
    {
        var (exit, _, error) = await CliRun.RunAsync(RepositoryPaths.Root, null, "ask", "hello", "--frobnicate", "1");

        Assert.Equal(2, exit);
        Assert.Contains("--frobnicate", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_TopOutOfRange_IsAUsageErrorNamingTheOption()
    {
        var (exit, _, error) = await CliRun.RunAsync(RepositoryPaths.Root, null, "ask", "hello", "--top", "0", "--index", _index.Path);

        Assert.Equal(2, exit);
        Assert.Contains("--top", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Ask_SettingThatIsNotANumber_IsAUsageErrorInOneLineNamingIt()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.Combine("appsettings.json"), """{ "NewsBot": { "MaxQuotes": "abc" } }""");

        var (exit, _, error) = await CliRun.RunAsync(folder.Path, null, "ask", "hello", "--index", _index.Path);

        Assert.Equal(2, exit);
        Assert.Contains("error: invalid settings: Failed to convert configuration value 'abc' at 'NewsBot:MaxQuotes'", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task UnknownCommand_IsAUsageError()
    {
        var (exit, _, error) = await CliRun.RunAsync(RepositoryPaths.Root, null, "frobnicate");

        Assert.Equal(2, exit);
        Assert.Contains("frobnicate", error, StringComparison.Ordinal);
    }

    public void Dispose() => _index.Dispose();
}
