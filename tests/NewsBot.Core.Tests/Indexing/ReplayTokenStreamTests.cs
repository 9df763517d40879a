using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Core.Indexing;
using NewsBot.Core.Search;
using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Indexing;

public sealed class ReplayTokenStreamTests
{
    private const string Title = "The Bank of England's rate rise is on hold, for now";

    [Fact]
    public void IncrementToken_Title_ReplaysExactlyWhatTheAnalyzerProduces()
    {
        Assert.Equal(Tokens(NewsAnalyzer.Shared.GetTokenStream(IndexSchema.PassageTitle, Title)),
            Tokens(new ReplayTokenStream(AnalyzedText.Of(IndexSchema.PassageTitle, Title))));
    }

    [Fact]
    public async Task Index_TitleOnEveryPassage_KeepsTermsAndPositions()
    {
        using var index = new TestIndex().WithArticle("boe", Title, "First paragraph about rates.", "Second paragraph about the bank.");
        await index.BuildAsync();
        var snapshot = index.Index.AcquireSnapshot()!;
        try
        {
            Assert.Equal(snapshot.PassageCount, snapshot.Reader.DocFreq(new Term(IndexSchema.PassageTitle, "bank")));
            // "England's rate": the possessive is dropped, the words stay next to each other.
            var phrase = new PhraseQuery { new Term(IndexSchema.PassageTitle, "england"), new Term(IndexSchema.PassageTitle, "rate") };
            Assert.Equal(snapshot.PassageCount, snapshot.Searcher.Search(phrase, 10).TotalHits);
            // "hold" comes after the stop words "is on": positions keep the gap, so slop 0 with the gap finds it.
            var gapped = new PhraseQuery();
            gapped.Add(new Term(IndexSchema.PassageTitle, "rise"), 0);
            gapped.Add(new Term(IndexSchema.PassageTitle, "hold"), 3);
            Assert.Equal(snapshot.PassageCount, snapshot.Searcher.Search(gapped, 10).TotalHits);
        }
        finally
        {
            snapshot.Release();
        }
    }

    private static List<(string, int, int, int)> Tokens(Lucene.Net.Analysis.TokenStream stream)
    {
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var tokens = new List<(string, int, int, int)>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add((term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
            }

            stream.End();
            tokens.Add(("<end>", increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
            return tokens;
        }
    }
}
