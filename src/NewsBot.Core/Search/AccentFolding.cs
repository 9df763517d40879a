using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace NewsBot.Core.Search;

/// <summary>
/// Folds text to ASCII the way <see cref="NewsAnalyzer"/> folds terms ("Frédéric" → "Frederic", "Żelazowa" → "Zelazowa"),
/// for matching what people type without accents outside the index (title suggestions). The result is for comparing, not
/// showing: its length can differ from the input's ("æ" → "ae").
/// </summary>
internal static class AccentFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var input = text.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}
