using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsBot.Core.Search;

/// <summary>Replaces a lower-case irregular form ("took", "children") with its base word before stemming; allocates nothing for other words.</summary>
internal sealed class IrregularFormFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public IrregularFormFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_term.Length <= 10 && IrregularForms.Lookup.TryGetValue(_term.Buffer.AsSpan(0, _term.Length), out var baseWord))
        {
            _term.SetEmpty().Append(baseWord);
        }

        return true;
    }
}
