using Lucene.Net.Search;
using NewsBot.Core.Search;

namespace NewsBot.Core.Tests.Search;

public sealed class QueryBuilderTests
{
    private static readonly QueryTerm Rare = new("macron", 0, 12, 6.5);
    private static readonly QueryTerm Common = new("new", 1, 40_000, 1.2);
    private static readonly QueryTerm Unknown = new("zzyzx", 2, 0, 12.0);

    [Fact]
    public void ForPassagesInParts_CommonWordBesideRareOnes_IsLeftOutOfTheSearchButKeptInThePhrase()
    {
        var (terms, phrases) = QueryBuilder.ForPassagesInParts([Rare, Common], "text", "title");

        Assert.Equal(["text:macron", "title:macron^0.4"], terms!.Clauses.Select(c => c.Query.ToString()));
        var phrase = Assert.IsType<PhraseQuery>(Assert.Single(phrases!.Clauses).Query);
        Assert.Equal(["macron", "new"], phrase.GetTerms().Select(t => t.Text));
    }

    [Fact]
    public void ForPassagesInParts_OnlyCommonWords_SearchesThem()
    {
        var (terms, _) = QueryBuilder.ForPassagesInParts([Common], "text", null);

        Assert.Equal(["text:new"], terms!.Clauses.Select(c => c.Query.ToString()));
    }

    [Fact]
    public void ForPassagesInParts_CommonWordBesideOnlyUnknownOnes_SearchesEveryWord()
    {
        var (terms, _) = QueryBuilder.ForPassagesInParts([Common, Unknown], "text", null);

        Assert.Equal(["text:new", "text:zzyzx"], terms!.Clauses.Select(c => c.Query.ToString()));
    }

    [Fact]
    public void ForPassagesInParts_SmallIndex_NothingIsCommon()
    {
        // In 30 passages, a word in 20 of them is not evidence of a common word.
        QueryTerm frequentInFewPassages = new("stroma", 1, 20, 0.4);

        var (terms, _) = QueryBuilder.ForPassagesInParts([Rare, frequentInFewPassages], "text", null);

        Assert.Equal(["text:macron", "text:stroma"], terms!.Clauses.Select(c => c.Query.ToString()));
    }
}
