using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Configuration;
using NewsBot.Core.Indexing;
using NewsBot.Core.Search;

namespace NewsBot.Core.Answering;

/// <summary>
/// Answers questions from the live <see cref="NewsIndex"/>: normalise the question, analyse it into terms, retrieve
/// the best passages with a programmatically built query, then quote whole sentences chosen by
/// <see cref="QuoteSelector"/>, or say the articles do not hold the answer. Thread-safe; any input is safe.
/// </summary>
public sealed class AnswerEngine : IQuestionAnswerer
{
    /// <summary>Passages (with different texts) retrieved before sentence-level selection.</summary>
    private const int RetrievedPassages = 25;

    /// <summary>
    /// Passages retrieved by terms alone before phrase bonuses pick the <see cref="RetrievedPassages"/> best: room for a
    /// phrase match to lift a passage in, without paying for many copies of a story (each text's copies are checked).
    /// </summary>
    private const int RetrievedBeforePhrases = 50;

    private readonly NewsIndex _index;
    private readonly NewsBotOptions _options;
    private readonly ILogger<AnswerEngine> _logger;
    private readonly QuoteSelector _selector;

    public AnswerEngine(NewsIndex index, IOptions<NewsBotOptions> options, ILogger<AnswerEngine> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _index = index;
        _options = options.Value;
        _logger = logger;
        _selector = new QuoteSelector(_options.MaxQuoteLength);
        LexiconWarmUp.Start();
    }

    public Answer Ask(string question, int? maxQuotes = null)
    {
        var started = Stopwatch.GetTimestamp();
        var normalized = QuestionNormalizer.Normalize(question, _options.MaxQuestionLength);
        var notes = normalized.Notes.ToList();
        if (normalized.IsEmpty)
        {
            notes.Add("Your question is empty: ask about something in the articles.");
            return Answering.Answer.NotFound(question ?? "", [], notes);
        }

        var snapshot = _index.AcquireSnapshot();
        if (snapshot is null)
        {
            notes.Add("The article index is not ready yet; try again in a moment.");
            return Answering.Answer.NotFound(normalized.Text, [], notes);
        }

        try
        {
            var answer = AnswerFrom(snapshot, normalized.Text, Math.Clamp(maxQuotes ?? _options.MaxQuotes, 1, 10), notes);
            AnswerLog.Answered(_logger, answer.Quotes.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return answer;
        }
        finally
        {
            snapshot.Release();
        }
    }

    /// <summary>For training and analysis: the question's ranked candidates and abstention features, as <see cref="Ask"/> sees them.</summary>
    internal (List<SentenceCandidate> Ranked, TermStatistics? Statistics, QuestionProfile? Profile) Inspect(string question)
    {
        var normalized = QuestionNormalizer.Normalize(question, _options.MaxQuestionLength);
        var snapshot = _index.AcquireSnapshot() ?? throw new InvalidOperationException("The index is not ready.");
        try
        {
            return Search(snapshot, normalized.Text) is var (asked, terms, hits)
                ? QuoteSelector.Rank(snapshot, QuestionProfile.Of(asked, terms), hits)
                : ([], null, null);
        }
        finally
        {
            snapshot.Release();
        }
    }

    /// <summary>The passages a question's answer is chosen from: by terms, then phrase bonuses on the best.</summary>
    internal static Lucene.Net.Search.ScoreDoc[] Retrieve(IndexSnapshot snapshot, Lucene.Net.Search.Query query, Lucene.Net.Search.BooleanQuery? phrases) =>
        PhraseBonus.Add(snapshot.Searcher, phrases, DistinctPassageCollector.Search(snapshot, query, phrases is null ? RetrievedPassages : RetrievedBeforePhrases), RetrievedPassages);

    /// <summary>
    /// The question as searched (read as lower case when its capitals mark nothing, see <see cref="QuestionCasing"/>;
    /// its rare acronyms spelled out, see <see cref="AcronymExpander"/>), its terms and the passages retrieved for it;
    /// null when it has no words to search for.
    /// </summary>
    private static (string Asked, IReadOnlyList<QueryTerm> Terms, Lucene.Net.Search.ScoreDoc[] Hits)? Search(IndexSnapshot snapshot, string question)
    {
        var asked = QuestionCasing.MarksNothing(question) ? question.ToLowerInvariant() : question;
        var found = SearchAs(snapshot, asked);
        return found is var (_, _, hits) && AcronymExpander.Expand(snapshot, asked, hits) is { } expanded
            ? SearchAs(snapshot, expanded) ?? found
            : found;
    }

    private static (string Asked, IReadOnlyList<QueryTerm> Terms, Lucene.Net.Search.ScoreDoc[] Hits)? SearchAs(IndexSnapshot snapshot, string text)
    {
        var terms = QueryTermExtractor.Extract(text, snapshot.Reader, IndexSchema.PassageText, dropQuestionWords: true);
        var (query, phrases) = QueryBuilder.ForPassagesInParts(terms, IndexSchema.PassageText, IndexSchema.PassageTitle);
        return query is null ? null : (text, terms, Retrieve(snapshot, query, phrases));
    }

    private Answer AnswerFrom(IndexSnapshot snapshot, string question, int maxQuotes, List<string> notes)
    {
        if (Search(snapshot, question) is not var (asked, terms, hits))
        {
            notes.Add("Your question has no words to search for.");
            return Answering.Answer.NotFound(question, [], notes);
        }

        var selection = _selector.Select(snapshot, QuestionProfile.Of(asked, terms), hits, maxQuotes);
        var answer = selection.Quotes.Count > 0
            ? new Answer(question, selection.Quotes, [], notes)
            : Answering.Answer.NotFound(question, selection.RelatedTitles, notes);
        return answer with { Confidence = selection.Confidence };
    }
}
