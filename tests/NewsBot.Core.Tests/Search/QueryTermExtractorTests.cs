using Lucene.Net.Search;
using NewsBot.Core.Indexing;
using NewsBot.Core.Search;
using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Search;

public sealed class QueryTermExtractorTests : IAsyncLifetime
{
    private readonly TestIndex _index = new TestIndex().WithSeed();
    private IndexSnapshot _snapshot = null!;

    public async Task InitializeAsync()
    {
        await _index.BuildAsync();
        _snapshot = _index.Index.AcquireSnapshot()!;
    }

    public Task DisposeAsync()
    {
        _snapshot.Release();
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Extract_Question_StemsDropsQuestionWordsAndDeduplicates()
    {
        var terms = Extract("Which firm reported the attacks on Macron's campaign? Which firm?", dropQuestionWords: true);

        Assert.Equal(["firm", "report", "attack", "macron", "campaign"], terms.Select(t => t.Text));
        Assert.All(terms, t => Assert.True(t.InVocabulary));
    }

    [Fact]
    public void Extract_TermMissingFromTheIndex_GetsTheLargestIdf()
    {
        var terms = Extract("Macron zyzzyva", dropQuestionWords: false);

        Assert.False(terms[1].InVocabulary);
        Assert.True(terms[1].Idf > terms[0].Idf);
    }

    [Fact]
    public void Extract_HugeInput_IsCappedAndTheQueryStaysUnderTheClauseLimit()
    {
        var terms = Extract(string.Join(' ', Enumerable.Range(0, 50_000).Select(i => $"w{i}")), dropQuestionWords: false);
        var query = (BooleanQuery)QueryBuilder.ForPassages(terms, IndexSchema.PassageText, IndexSchema.PassageTitle)!;

        Assert.Equal(QueryTermExtractor.MaxTerms, terms.Count);
        Assert.True(query.Clauses.Count <= BooleanQuery.MaxClauseCount);
        Assert.Empty(_snapshot.Searcher.Search(query, 10).ScoreDocs);
    }

    [Fact]
    public void ForPassages_NeighbouringTerms_AddAPhraseBonus()
    {
        var query = (BooleanQuery)QueryBuilder.ForPassages(Extract("Trend Micro", dropQuestionWords: false), IndexSchema.PassageText, null)!;

        var phrase = Assert.Single(query.Clauses.Select(c => c.Query).OfType<PhraseQuery>());
        Assert.Equal(2, phrase.GetTerms().Length);
        Assert.NotEmpty(_snapshot.Searcher.Search(query, 10).ScoreDocs);
    }

    [Theory]
    [InlineData("")]
    [InlineData("the of and")]
    [InlineData("!!! ??? ***")]
    public void ForPassages_NoTerms_IsNull(string text)
    {
        Assert.Null(QueryBuilder.ForPassages(Extract(text, dropQuestionWords: false), IndexSchema.PassageText, IndexSchema.PassageTitle));
    }

    private IReadOnlyList<QueryTerm> Extract(string text, bool dropQuestionWords) =>
        QueryTermExtractor.Extract(text, _snapshot.Reader, IndexSchema.PassageText, dropQuestionWords);
}
