using NewsBot.Core.Search;

namespace NewsBot.Core.Tests.Search;

/// <summary>
/// Questions are often paraphrases of the sentence that answers them ("shut" for "closed", "died" for "death"): the
/// WordNet-derived table lets such a sentence count as partly matching, without ever widening retrieval.
/// </summary>
public sealed class WordRelationsTests
{
    private static string Term(string word) => Assert.Single(TextAnalysis.Analyze(word)).Term;

    [Theory]
    [InlineData("shut", "closed")]
    [InlineData("died", "death")]
    [InlineData("old", "age")]
    [InlineData("purchase", "buy")]
    [InlineData("death", "died")]
    public void Of_CommonParaphrase_IsRelatedInAnalysedForm(string questionWord, string articleWord)
    {
        Assert.Contains(Term(articleWord), WordRelations.Of(Term(questionWord)));
    }

    [Fact]
    public void EmbeddedTable_IsTheWholeWordNetDerivedTable()
    {
        Assert.InRange(WordRelations.Count, 50_000, 80_000);
        Assert.Empty(WordRelations.Of("xqzvnotaword"));
    }

    [Theory]
    [InlineData("galley", true)] // an English word with no related words in the table
    [InlineData("trail", true)]
    [InlineData("lawyer", true)]
    [InlineData("laywer", false)]
    [InlineData("sountrack", false)]
    public void IsKnown_EveryWordNetWordButNotMisspellings(string word, bool known)
    {
        Assert.Equal(known, WordRelations.IsKnown(Term(word)));
    }

    [Fact]
    public void Compile_AnalysesMergesAndDropsSelfAndMultiWordEntries()
    {
        const string Surface = "shut\tclose closed shutting unopen\nshuts\tshutter\nthe\tand\nno tab here\nice cream\tsorbet\ngalley\t\n";
        using var analysed = new StringWriter();

        var terms = WordRelationsCompiler.Compile(new StringReader(Surface), analysed);

        var table = WordRelations.Parse(new StringReader(analysed.ToString()));
        Assert.Equal(table.Count, terms);
        var related = table[Term("shut")];
        Assert.Contains(Term("close"), related);
        Assert.Contains(Term("shutter"), related);
        Assert.Contains(Term("unopen"), related);
        Assert.DoesNotContain(table.Keys, key => key.Contains(' ', StringComparison.Ordinal) || key == "the");
        Assert.DoesNotContain("closed", related);
        Assert.Equal(related, table[Term("shutting")]);
        Assert.DoesNotContain(Term("shut"), related);
        Assert.Empty(table[Term("galley")]);
    }
}
