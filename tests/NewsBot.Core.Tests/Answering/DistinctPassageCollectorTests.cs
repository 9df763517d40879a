using Lucene.Net.Search;
using NewsBot.Core.Answering;
using NewsBot.Core.Indexing;
using NewsBot.Core.Search;
using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Answering;

/// <summary>
/// Retrieval counts each passage text once: with a story published thirty times, plain top-25 retrieval returns copies
/// of two or three passages; the distinct collector returns the same passages as the story published once.
/// </summary>
public sealed class DistinctPassageCollectorTests() : RepublishedSeedTests(copies: 29)
{
    private const string Question = "Which firm reported the attacks on Macron's campaign?";

    [Fact]
    public void Search_StoryPublishedThirtyTimes_ReturnsEachPassageTextOnce()
    {
        var (plain, distinct) = Retrieve(Copies, QueryFrom(Copies));

        Assert.True(plain.Distinct().Count() < plain.Count, "plain retrieval should repeat copies");
        Assert.Equal(distinct.Count, distinct.Distinct().Count());
        Assert.Equal(plain[0], distinct[0]);
    }

    [Fact]
    public void Search_StoryPublishedThirtyTimes_FindsTheSamePassagesAsPublishedOnce()
    {
        // One query for both: which words are too common to search depends on how often they occur, copies included.
        var query = QueryFrom(Single);
        var (_, once) = Retrieve(Single, query);
        var (_, thirtyTimes) = Retrieve(Copies, query);

        Assert.Equal(once, thirtyTimes);
    }

    [Fact]
    public void Search_IndexWithoutCopies_MatchesPlainTopN()
    {
        var (plain, distinct) = Retrieve(Single, QueryFrom(Single));

        Assert.Equal(plain, distinct);
    }

    private static Query QueryFrom(TestIndex index)
    {
        var snapshot = index.Index.AcquireSnapshot()!;
        try
        {
            var terms = QueryTermExtractor.Extract(Question, snapshot.Reader, IndexSchema.PassageText, dropQuestionWords: true);
            return QueryBuilder.ForPassages(terms, IndexSchema.PassageText, IndexSchema.PassageTitle)!;
        }
        finally
        {
            snapshot.Release();
        }
    }

    /// <summary>Passage texts of the plain top 25 and the distinct top 25, best first.</summary>
    private static (List<string> Plain, List<string> Distinct) Retrieve(TestIndex index, Query query)
    {
        var snapshot = index.Index.AcquireSnapshot()!;
        try
        {
            string Text(ScoreDoc hit)
            {
                var passage = snapshot.PassagesByDoc[hit.Doc]!;
                return passage.Article.Text[passage.Start..passage.End];
            }

            return ([.. snapshot.Searcher.Search(query, 25).ScoreDocs.Select(Text)],
                [.. DistinctPassageCollector.Search(snapshot, query, 25).Select(Text)]);
        }
        finally
        {
            snapshot.Release();
        }
    }
}
