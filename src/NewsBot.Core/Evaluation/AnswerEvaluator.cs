using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Articles;
using NewsBot.Core.Configuration;
using NewsBot.Core.Indexing;

namespace NewsBot.Core.Evaluation;

/// <summary>
/// Measures answer quality: indexes a corpus into a temporary index, then answers every question twice, once through
/// <see cref="AnswerEngine"/> (the path <c>ask</c> takes) and once through the plain-BM25 <see cref="BaselineAnswerer"/>
/// over the same index, timing each answer on one thread after a warm-up.
/// </summary>
public sealed class AnswerEvaluator(IArticleSource source, NewsBotOptions options, ILoggerFactory loggerFactory, TimeProvider time)
{
    /// <summary>The measure looks at the first three quotes.</summary>
    public const int QuotesScored = 3;

    private const int WarmUpQuestions = 300;

    public Task<EvaluationReport> RunAsync(string corpusFolder, IReadOnlyList<EvaluationQuestion> questions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(questions);
        return WithIndexAsync([corpusFolder], (index, engine, build) =>
        {
            var baseline = new BaselineAnswerer(index, QuotesScored, options.MaxQuoteLength);
            var baselineOutcomes = Measure(baseline, questions, cancellationToken);
            var engineOutcomes = Measure(engine, questions, cancellationToken);
            return new EvaluationReport(build.Articles, build.Passages,
                QualityScorer.Score("plain BM25", baselineOutcomes), QualityScorer.Score("NewsBot", engineOutcomes), engineOutcomes);
        }, cancellationToken);
    }

    /// <summary>
    /// Trains the ranker and abstention models on the questions (cross-validation figures go to <paramref name="log"/>)
    /// and returns the source of <c>RankerWeights.cs</c>. With <paramref name="distractorFolder"/>, every question is
    /// also asked of an index holding those articles beside the corpus, and the models learn from both settings.
    /// </summary>
    public async Task<string> TrainAsync(string corpusFolder, string? distractorFolder, IReadOnlyList<EvaluationQuestion> questions, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(log);
        var alone = await WithIndexAsync([corpusFolder], (_, engine, _) => Examples(engine), cancellationToken).ConfigureAwait(false);
        var crowded = distractorFolder is null ? null
            : await WithIndexAsync([corpusFolder, distractorFolder], (_, engine, _) => Examples(engine), cancellationToken).ConfigureAwait(false);
        return new RankerTrainer(log).Train(alone, crowded);

        List<TrainingExample> Examples(AnswerEngine engine) => [.. questions.Select(q => TrainingExample.From(engine, q, options.MaxQuoteLength))];
    }

    private async Task<T> WithIndexAsync<T>(string[] corpusFolders, Func<NewsIndex, AnswerEngine, IndexBuildReport, T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var corpusFolder in corpusFolders.Where(folder => !Directory.Exists(folder)))
        {
            throw new DirectoryNotFoundException($"The corpus folder {corpusFolder} does not exist.");
        }

        var indexPath = Path.Combine(Path.GetTempPath(), "newsbot-eval-" + Guid.NewGuid().ToString("N"));
        var evaluationOptions = Microsoft.Extensions.Options.Options.Create(new NewsBotOptions
        {
            Sources = [.. corpusFolders.Select(Path.GetFullPath)],
            IndexPath = indexPath,
            MaxQuotes = QuotesScored,
            MaxQuoteLength = options.MaxQuoteLength,
            MaxFileBytes = options.MaxFileBytes,
            MaxQuestionLength = options.MaxQuestionLength,
        });
        try
        {
            using var index = new NewsIndex(evaluationOptions, source, loggerFactory.CreateLogger<NewsIndex>(), time);
            var build = await index.RebuildAsync(null, cancellationToken).ConfigureAwait(false);
            if (!build.Succeeded)
            {
                throw new InvalidOperationException($"The corpus could not be indexed: {build.Error}");
            }

            var engine = new AnswerEngine(index, evaluationOptions, loggerFactory.CreateLogger<AnswerEngine>());
            return work(index, engine, build);
        }
        finally
        {
            GenerationFolders.TryDelete(indexPath);
        }
    }

    /// <summary>Answers every question on this thread; the first few are answered once beforehand, untimed, to warm up.</summary>
    public static List<QuestionOutcome> Measure(IQuestionAnswerer answerer, IReadOnlyList<EvaluationQuestion> questions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        ArgumentNullException.ThrowIfNull(questions);
        foreach (var question in questions.Take(WarmUpQuestions))
        {
            answerer.Ask(question.Question, QuotesScored);
        }

        var outcomes = new List<QuestionOutcome>(questions.Count);
        foreach (var question in questions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            var answer = answerer.Ask(question.Question, QuotesScored);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var rank = answer.Answered ? QuestionOutcome.RankOf(question, answer.Quotes.Select(q => q.Text)) : 0;
            outcomes.Add(new QuestionOutcome(question, answer.Answered, rank, answer.Confidence, elapsed, answer.Quotes));
        }

        return outcomes;
    }
}
