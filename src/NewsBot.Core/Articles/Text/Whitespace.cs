using System.Globalization;
using System.Text;

namespace NewsBot.Core.Articles.Text;

/// <summary>Collapses every run of separators into one space and trims both ends.</summary>
internal static class Whitespace
{
    /// <summary>Separators are white space only (text taken out of HTML).</summary>
    public static string Collapse(string text) => Collapse(text, char.IsWhiteSpace);

    /// <summary>Separators are white space, control and invisible format characters (user input such as questions).</summary>
    public static string CollapseWithControls(string text) =>
        Collapse(text, c => char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format);

    private static string Collapse(string text, Func<char, bool> isSeparator)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (isSeparator(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
