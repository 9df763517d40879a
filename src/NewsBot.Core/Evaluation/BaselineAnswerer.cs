using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Core.Answering;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Core.Search;

namespace NewsBot.Core.Evaluation;

/// <summary>
/// The yardstick: plain BM25 over the same passage documents and analyser as <see cref="AnswerEngine"/>, one SHOULD
/// term query per analysed question word (no title field, no phrases, no question-word list), the top passages quoted
/// as they are (cut at a word boundary when longer than the quote limit), and no abstention beyond zero hits. Score
/// ties go by place in the sources, as the engine's, so the baseline too is the same on every build.
/// </summary>
internal sealed class BaselineAnswerer(NewsIndex index, int defaultQuotes, int maxQuoteLength) : IQuestionAnswerer
{
    public Answer Ask(string question, int? maxQuotes = null)
    {
        var snapshot = index.AcquireSnapshot();
        if (snapshot is null)
        {
            return Answer.NotFound(question, [], []);
        }

        try
        {
            var query = new BooleanQuery();
            foreach (var term in TextAnalysis.Analyze(question).Select(token => token.Term).Distinct(StringComparer.Ordinal).Take(QueryTermExtractor.MaxTerms))
            {
                query.Add(new TermQuery(new Term(IndexSchema.PassageText, term)), Occur.SHOULD);
            }

            var quotes = new List<Quote>();
            foreach (var hit in query.Clauses.Count == 0 ? [] : DistinctPassageCollector.Search(snapshot, query, maxQuotes ?? defaultQuotes, countCopiesOnce: false))
            {
                if (snapshot.PassagesByDoc[hit.Doc] is not { } passage)
                {
                    continue;
                }

                var article = passage.Article;
                var span = QuoteTrimmer.Trim(article.Text, new TextSpan(passage.Start, passage.End), -1, maxQuoteLength);
                quotes.Add(new Quote(article.Id, article.Title, article.Url, article.Date, article.Text[span.Start..span.End],
                    span.Start, span.End, [], hit.Score));
            }

            return new Answer(question, quotes, [], []) { Confidence = quotes.Count > 0 ? quotes[0].Score : 0 };
        }
        finally
        {
            snapshot.Release();
        }
    }
}
