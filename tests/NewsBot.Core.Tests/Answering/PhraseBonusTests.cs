using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Answering;
using NewsBot.Core.Articles;
using NewsBot.Core.Configuration;
using NewsBot.Core.Evaluation;
using NewsBot.Core.Indexing;
using NewsBot.Core.Search;
using NewsBot.Core.Tests.Evaluation;
using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Answering;

/// <summary>
/// Retrieval by terms with the phrase bonus added to the best passages afterwards ranks exactly as one query scoring
/// phrases on every passage, whenever the best passages lie within the depth kept (here: every passage of the index).
/// </summary>
public sealed class PhraseBonusTests() : IndexedArticlesTests(new TestIndex().WithSeed()
        .WithArticle("micro", "Micro trends in retail", "Retail trends are micro this year, say analysts at a firm in Tokyo.", "A micro trend in the campaign: shops report fewer visits.")
        .WithArticle("campaign", "Macron's campaign office", "The campaign of Macron opened an office; reports of attacks were denied by the campaign."))
{
    [Theory]
    [InlineData("Which firm reported the attacks on Macron's campaign?")]
    [InlineData("What did Trend Micro say about Russian hackers?")]
    [InlineData("Who targeted the French presidential candidate Emmanuel Macron?")]
    [InlineData("hackers")]
    public void Retrieve_RanksAsOneQueryWithPhrasesOnEveryPassage(string question)
    {
        var snapshot = Articles.Index.AcquireSnapshot()!;
        try
        {
            var terms = QueryTermExtractor.Extract(question, snapshot.Reader, IndexSchema.PassageText, dropQuestionWords: true);
            var (query, phrases) = QueryBuilder.ForPassagesInParts(terms, IndexSchema.PassageText, IndexSchema.PassageTitle);
            Assert.True(snapshot.PassageCount < 100, "every passage must lie within the depth kept before the bonus");
            Assert.Equal(question != "hackers", phrases is not null);

            var expected = DistinctPassageCollector.Search(snapshot, QueryBuilder.ForPassages(terms, IndexSchema.PassageText, IndexSchema.PassageTitle)!, 25);
            var actual = AnswerEngine.Retrieve(snapshot, query!, phrases);

            Assert.Equal(expected.Select(h => h.Doc), actual.Select(h => h.Doc));
            Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First.Score, pair.Second.Score, 1e-4f));
        }
        finally
        {
            snapshot.Release();
        }
    }

    [Fact]
    public async Task Add_OverEveryMatchingPassage_ScoresPhrasesExactlyAsLuceneOnTheDeveloperSet()
    {
        // 1,692 passages of Wikipedia text: sloppy matches, repeated terms, reversed pairs. With every passage that matches
        // a term kept, the bonus must reproduce Lucene's phrase scores, so the order is the same to the last hit.
        using var folder = new TempFolder();
        var options = Microsoft.Extensions.Options.Options.Create(new NewsBotOptions { Sources = [DeveloperSet.Corpus], IndexPath = folder.Path });
        using var index = new NewsIndex(options, new ArticleLoader(new ArticleLoaderOptions()), NullLogger<NewsIndex>.Instance, TimeProvider.System);
        Assert.True((await index.RebuildAsync(null, CancellationToken.None)).Succeeded);
        var snapshot = index.AcquireSnapshot()!;
        try
        {
            var compared = 0;
            foreach (var question in QuestionSetReader.Read(DeveloperSet.Questions).Take(1500))
            {
                var terms = QueryTermExtractor.Extract(question.Question, snapshot.Reader, IndexSchema.PassageText, dropQuestionWords: true);
                var (query, phrases) = QueryBuilder.ForPassagesInParts(terms, IndexSchema.PassageText, IndexSchema.PassageTitle);

                // A phrase of two words too common to be searched can match a passage no term clause finds: as one query
                // it would be retrieved, as a bonus it cannot be. Such questions say nothing about the bonus's scores.
                if (query is null || phrases is null || HasPhraseOfCommonWordsOnly(terms, phrases))
                {
                    continue;
                }

                var expected = DistinctPassageCollector.Search(snapshot, QueryBuilder.ForPassages(terms, IndexSchema.PassageText, IndexSchema.PassageTitle)!, 25);
                var actual = PhraseBonus.Add(snapshot.Searcher, phrases, DistinctPassageCollector.Search(snapshot, query, snapshot.PassageCount), 25);

                Assert.True(expected.Select(h => h.Doc).SequenceEqual(actual.Select(h => h.Doc)), question.Question);
                Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First.Score, pair.Second.Score, 1e-4f));
                compared++;
            }

            Assert.True(compared > 1000, $"only {compared} questions had neighbouring terms");
        }
        finally
        {
            snapshot.Release();
        }
    }

    private static bool HasPhraseOfCommonWordsOnly(IReadOnlyList<QueryTerm> terms, Lucene.Net.Search.BooleanQuery phrases) =>
        phrases.Clauses.Any(clause => ((Lucene.Net.Search.PhraseQuery)clause.Query).GetTerms()
            .All(term => terms.Any(t => t.Text == term.Text && QueryBuilder.IsCommon(t))));
}
