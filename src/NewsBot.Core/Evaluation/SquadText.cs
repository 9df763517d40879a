using System.Text;

namespace NewsBot.Core.Evaluation;

/// <summary>
/// SQuAD's answer normalisation (lower case, punctuation removed, the articles a/an/the removed, white space
/// collapsed) and the whole-word containment test the project scores quotes with.
/// </summary>
public static class SquadText
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            // SQuAD drops ASCII punctuation (Python's string.punctuation) with no space in its place: "U.S." becomes "us".
            if (!IsAsciiPunctuation(c))
            {
                words.Append(c);
            }
        }

        return string.Join(' ', words.ToString()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word is not ("a" or "an" or "the")));
    }

    /// <summary>True when the normalised answer occurs in the normalised quote as whole words.</summary>
    public static bool ContainsAnswer(string normalizedQuote, string normalizedAnswer)
    {
        if (normalizedAnswer.Length == 0)
        {
            return false;
        }

        var padded = " " + normalizedQuote + " ";
        return padded.Contains(" " + normalizedAnswer + " ", StringComparison.Ordinal);
    }

    private static bool IsAsciiPunctuation(char c) => c < 128 && (char.IsPunctuation(c) || char.IsSymbol(c));
}
