using Lucene.Net.Analysis.TokenAttributes;

namespace NewsBot.Core.Search;

/// <summary>Runs <see cref="NewsAnalyzer"/> over a string and returns its tokens with offsets and positions.</summary>
internal static class TextAnalysis
{
    public static List<AnalyzedToken> Analyze(string text, string fieldName = "text")
    {
        var tokens = new List<AnalyzedToken>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        using var stream = NewsAnalyzer.Shared.GetTokenStream(fieldName, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset, position));
        }

        stream.End();
        return tokens;
    }
}
