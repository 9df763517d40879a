using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using NewsBot.Core.Search;

namespace NewsBot.Core.Indexing;

/// <summary>
/// Replays tokens analysed once, so a text indexed on many documents (an article's title, on each of its passages) is
/// analysed once per article instead of once per passage. Terms, position increments and offsets are exactly those
/// <see cref="NewsAnalyzer"/> produced, so the index is the same.
/// </summary>
internal sealed class ReplayTokenStream : TokenStream
{
    private readonly AnalyzedText _text;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private int _next;

    public ReplayTokenStream(AnalyzedText text)
    {
        _text = text;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next >= _text.Tokens.Length)
        {
            return false;
        }

        ClearAttributes();
        var token = _text.Tokens[_next++];
        _term.SetEmpty().Append(token.Term);
        _increment.PositionIncrement = token.PositionIncrement;
        _offset.SetOffset(token.Start, token.End);
        return true;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_text.FinalOffset, _text.FinalOffset);
        _increment.PositionIncrement = _text.FinalPositionIncrement;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
