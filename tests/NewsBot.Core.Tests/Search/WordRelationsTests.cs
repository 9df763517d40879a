using NewsBot.Core.Answering;
using NewsBot.Core.Search;
using NewsBot.Core.Tests.Support;

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
        Assert.InRange(WordRelations.Count, 30_000, 60_000);
        Assert.Empty(WordRelations.Of("xqzvnotaword"));
    }

    [Fact]
    public void Compile_AnalysesMergesAndDropsSelfAndMultiWordEntries()
    {
        const string Surface = "shut\tclose closed shutting unopen\nshuts\tshutter\nthe\tand\nno tab here\nice cream\tsorbet\n";
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
    }
}

/// <summary>The table at work: a paraphrased question finds the sentence that answers it over one that merely repeats its words.</summary>
public sealed class AnswerEngineParaphraseTests : IAsyncLifetime
{
    private readonly TestIndex _index = new TestIndex()
        .WithArticle("mill", "A town and its mill",
            "Harlow's mill opened in 1950, and the Harlow mill soon made bicycles for the whole county.",
            "Demand fell in the nineties. The mill closed in 1998, when its owners went bankrupt.")
        .WithArticle("bridge", "Old bridge repairs",
            "The council shut the old bridge for repairs in 2003 and reopened it two years later.");

    public Task InitializeAsync() => _index.BuildAsync();

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Ask_QuestionUsingASynonym_QuotesTheSentenceThatAnswersFirst()
    {
        var answer = _index.Answerer.Ask("When did the Harlow mill shut?");

        Assert.True(answer.Answered);
        Assert.Contains("1998", answer.Quotes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_SynonymOfAQuestionTerm_CountsAsRelatedEvidenceButIsNeverHighlighted()
    {
        var related = Array.IndexOf(SentenceFeatures.Names, "related_coverage");
        var (ranked, _, _) = _index.Answerer.Inspect("When did the Harlow mill shut?");

        var closed = Assert.Single(ranked, c => c.Article.Id == "mill" && c.Article.Text[c.Article.Sentences[c.Sentence].Start..].StartsWith("The mill closed", StringComparison.Ordinal));
        var opened = Assert.Single(ranked, c => c.Article.Id == "mill" && c.Sentence == 0);
        Assert.True(closed.Features[related] > 0);
        Assert.Equal(0, opened.Features[related]);
        var quote = _index.Answerer.Ask("When did the Harlow mill shut?").Quotes.Single(q => q.Text.Contains("closed", StringComparison.Ordinal));
        Assert.DoesNotContain(quote.Highlights, h => quote.Text[h.Start..h.End] == "closed");
    }
}
