using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace NewsBot.Core.Search;

/// <summary>
/// English analysis shared by indexing, questions and quote highlighting: UAX#29 words, possessives dropped,
/// lower case, English stop words, irregular forms to their base word, Porter stems. One instance is shared: Lucene analyzers are thread-safe through
/// their per-thread reuse strategy.
/// </summary>
internal sealed class NewsAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static NewsAnalyzer Shared { get; } = new();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, tokenizer);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new IrregularFormFilter(stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
