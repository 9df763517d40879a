using Lucene.Net.Analysis.TokenAttributes;
using NewsBot.Core.Search;

namespace NewsBot.Core.Indexing;

/// <summary>A text run once through <see cref="NewsAnalyzer"/> for a field: its tokens and the stream's end state.</summary>
internal sealed record AnalyzedText(AnalyzedText.Token[] Tokens, int FinalOffset, int FinalPositionIncrement)
{
    public static AnalyzedText Of(string field, string text)
    {
        var tokens = new List<Token>();
        using var stream = NewsAnalyzer.Shared.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new Token(term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return new AnalyzedText([.. tokens], offset.EndOffset, increment.PositionIncrement);
    }

    public readonly record struct Token(string Term, int PositionIncrement, int Start, int End);
}
