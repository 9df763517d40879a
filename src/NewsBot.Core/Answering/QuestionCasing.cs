using System.Text.RegularExpressions;

namespace NewsBot.Core.Answering;

/// <summary>
/// Whether a question's capitals say which of its words are names. Typed all in capitals ("WHO WON THE CUP") or with
/// every word capitalised ("Who Won The Stanley Cup?"), they mark every word, so NewsBot reads such a question as if
/// typed in lower case and guesses its names from the articles (<see cref="NameGuess"/>), as for chat-style questions.
/// </summary>
internal static partial class QuestionCasing
{
    /// <summary>Small words title case often leaves in lower case ("Battle of Hastings").</summary>
    private static readonly HashSet<string> MinorWords = new(
        ["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "de", "v", "vs"],
        StringComparer.Ordinal);

    /// <summary>Title case needs this many capitalised words: "Jay Z" is a name, not a title-cased question.</summary>
    private const int MinimumTitleWords = 3;

    public static bool MarksNothing(string question)
    {
        if (!question.Any(char.IsLower))
        {
            return question.Any(char.IsUpper);
        }

        var capitalised = 0;
        foreach (Match word in WordPattern().Matches(question))
        {
            if (char.IsUpper(word.Value[0]))
            {
                capitalised++;
            }
            else if (!MinorWords.Contains(word.Value))
            {
                return false;
            }
        }

        return capitalised >= MinimumTitleWords;
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}'’]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
