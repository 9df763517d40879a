using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace NewsBot.Core.Search;

/// <summary>
/// English analysis shared by indexing, questions and quote highlighting: invisible in-word marks removed, UAX#29 words, possessives dropped,
/// lower case, English stop words, irregular forms to their base word, Porter stems. One instance is shared: Lucene analyzers are thread-safe through
/// their per-thread reuse strategy.
/// </summary>
internal sealed class NewsAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static NewsAnalyzer Shared { get; } = new();

    /// <summary>
    /// Soft hyphens, zero-width spaces and word joiners sit invisibly inside words of pasted web text ("Bey\u00ADoncé"):
    /// the tokenizer would keep them in the word or split it there, so no question would match it. They are removed
    /// before tokenizing; the filter corrects offsets, so highlights and quotes stay exact article text.
    /// </summary>
    private static readonly NormalizeCharMap InvisibleMarks = BuildInvisibleMarks();

    protected override TextReader InitReader(string fieldName, TextReader reader) => new MappingCharFilter(InvisibleMarks, reader);

    private static NormalizeCharMap BuildInvisibleMarks()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var mark in new[] { "\u00AD", "\u200B", "\u2060", "\uFEFF" })
        {
            builder.Add(mark, string.Empty);
        }

        return builder.Build();
    }

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
