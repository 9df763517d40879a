using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Configuration;
using NewsBot.Core.Evaluation;

namespace NewsBot.Cli.Verbs;

/// <summary>
/// <c>newsbot eval --corpus DIR --questions FILE [--json] [--answers FILE]</c>: indexes the corpus into a temporary index,
/// answers every question through the same engine as <c>ask</c> and through a plain-BM25 yardstick, and prints both sets
/// of measures; <c>--answers</c> also writes NewsBot's answer to every question (JSON Lines), for looking at the misses.
/// </summary>
internal static class EvalVerb
{
    /// <summary>Reads the options only this verb takes (before the host is built, so typos fail fast) and returns the verb.</summary>
    public static Func<CliArguments, IServiceProvider, CliConsole, CancellationToken, Task<int>> Accept(CliArguments cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        cli.Get("corpus");
        cli.Get("questions");
        cli.Get("train");
        cli.Get("distractors");
        cli.Get("answers");
        cli.Has("json");
        return RunAsync;
    }

    public static async Task<int> RunAsync(CliArguments cli, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        var corpus = cli.Get("corpus") ?? throw new UsageException("'eval' needs --corpus DIR (a folder of articles).");
        var questionsPath = cli.Get("questions") ?? throw new UsageException("'eval' needs --questions FILE (JSON Lines: one {\"id\", \"question\", \"answers\", \"article\", \"kind\"} object per line, kind being in-corpus, unanswerable or off-corpus).");
        corpus = Path.GetFullPath(corpus, console.WorkingDirectory);
        questionsPath = Path.GetFullPath(questionsPath, console.WorkingDirectory);
        if (!Directory.Exists(corpus))
        {
            throw new UsageException($"The corpus folder {corpus} does not exist.");
        }

        if (!File.Exists(questionsPath))
        {
            throw new UsageException($"The question file {questionsPath} does not exist.");
        }

        var questions = QuestionSetReader.Read(questionsPath);
        var evaluator = new AnswerEvaluator(
            services.GetRequiredService<IArticleSource>(),
            services.GetRequiredService<IOptions<NewsBotOptions>>().Value,
            services.GetRequiredService<ILoggerFactory>(),
            services.GetRequiredService<TimeProvider>());
        if (cli.Get("train") is { } weightsPath)
        {
            // Developer tool (tools/retrain-ranker.sh): fit the ranker on these questions and write RankerWeights.cs;
            // --distractors DIR also asks them of an index holding DIR's articles beside the corpus.
            var distractors = cli.Get("distractors") is { } folder ? Path.GetFullPath(folder, console.WorkingDirectory) : null;
            var weights = await evaluator.TrainAsync(corpus, distractors, questions, console.Out, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.GetFullPath(weightsPath, console.WorkingDirectory), weights, cancellationToken).ConfigureAwait(false);
            await console.Out.WriteLineAsync($"weights written to {weightsPath}").ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var answersPath = cli.Get("answers") is { } path ? Path.GetFullPath(path, console.WorkingDirectory) : null;
        if (answersPath is not null && !Directory.Exists(Path.GetDirectoryName(answersPath)))
        {
            throw new UsageException($"The folder for --answers {answersPath} does not exist.");
        }

        var report = await evaluator.RunAsync(corpus, questions, cancellationToken).ConfigureAwait(false);
        if (answersPath is not null)
        {
            await WriteAnswersAsync(answersPath, report.Outcomes, cancellationToken).ConfigureAwait(false);
        }

        if (cli.Has("json"))
        {
            var json = new JsonEvaluation(report.Articles, report.Passages, report.Baseline, report.NewsBot);
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(json, EvalJsonContext.Default.JsonEvaluation)).ConfigureAwait(false);
        }
        else
        {
            Write(console.Out, report, questions.Count);
        }

        return ExitCodes.Success;
    }

    private static void Write(TextWriter output, EvaluationReport report, int questions)
    {
        var (b, n) = (report.Baseline, report.NewsBot);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c,
            $"{questions:N0} questions ({n.InCorpus:N0} in-corpus, {n.Unanswerable:N0} unanswerable, {n.OffCorpus:N0} off-corpus) over {report.Articles} articles, {report.Passages} passages"));
        output.WriteLine(string.Create(c, $"{"",-28}{"plain BM25",12}{"NewsBot",12}"));
        Row(output, "AnswerInQuote@1", b.AnswerInQuote1, n.AnswerInQuote1);
        Row(output, "AnswerInQuote@3", b.AnswerInQuote3, n.AnswerInQuote3);
        Row(output, "in-corpus refused", b.InCorpusRefusal, n.InCorpusRefusal);
        Row(output, "unanswerable refused", b.UnanswerableRefusal, n.UnanswerableRefusal);
        Row(output, "off-corpus refused", b.OffCorpusRefusal, n.OffCorpusRefusal);
        Row(output, "  ..if 5% in-corpus refused", b.OffCorpusRefusalAtFivePercent, n.OffCorpusRefusalAtFivePercent);
        output.WriteLine(string.Create(c, $"{"median ms per question",-28}{b.MedianMilliseconds,12:F2}{n.MedianMilliseconds,12:F2}"));
        output.WriteLine(string.Create(c, $"{"p99 ms per question",-28}{b.P99Milliseconds,12:F2}{n.P99Milliseconds,12:F2}"));
    }

    private static async Task WriteAnswersAsync(string path, IReadOnlyList<QuestionOutcome> outcomes, CancellationToken cancellationToken)
    {
        var lines = outcomes.Select(outcome => JsonSerializer.Serialize(JsonAnswerLine.From(outcome), EvalJsonLineContext.Default.JsonAnswerLine));
        await File.WriteAllLinesAsync(path, lines, cancellationToken).ConfigureAwait(false);
    }

    private static void Row(TextWriter output, string label, double baseline, double newsBot) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-28}{baseline,12:P1}{newsBot,12:P1}"));
}

/// <summary>The JSON shape of <c>eval --json</c>.</summary>
internal sealed record JsonEvaluation(int Articles, int Passages, QualityMeasures Baseline, QualityMeasures NewsBot);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(JsonEvaluation))]
internal sealed partial class EvalJsonContext : JsonSerializerContext;

/// <summary>One line of <c>eval --answers</c>: a question, how NewsBot did on it, and its quotes.</summary>
/// <param name="Rank">1..3: the first quote holding a gold answer; 0: none does (or declined).</param>
/// <param name="Confidence">The abstention model's probability that the articles hold the answer (declined ones included).</param>
internal sealed record JsonAnswerLine(string Id, string Kind, string Article, string Question, IReadOnlyList<string> Answers, bool Answered, int Rank, double Confidence, double Milliseconds, IReadOnlyList<JsonAnswerQuote> Quotes)
{
    public static JsonAnswerLine From(QuestionOutcome outcome) => new(
        outcome.Question.Id,
        outcome.Question.Kind switch { QuestionKind.InCorpus => "in-corpus", QuestionKind.OffCorpus => "off-corpus", _ => "unanswerable" },
        outcome.Question.Article,
        outcome.Question.Question,
        outcome.Question.Answers,
        outcome.Answered,
        outcome.AnswerRank,
        Math.Round(outcome.TopScore, 4),
        Math.Round(outcome.Milliseconds, 3),
        [.. outcome.Quotes.Select(quote => new JsonAnswerQuote(quote.ArticleId, quote.Start, quote.End, quote.Text))]);
}

/// <summary>A quote in <see cref="JsonAnswerLine"/>: where in which article, and its text.</summary>
internal sealed record JsonAnswerQuote(string ArticleId, int Start, int End, string Text);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JsonAnswerLine))]
internal sealed partial class EvalJsonLineContext : JsonSerializerContext;
