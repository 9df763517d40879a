using System.Text;

namespace NewsBot.Core.Articles.Formats;

/// <summary>Whitespace handling for text taken out of HTML: every run of whitespace becomes one space.</summary>
internal static class HtmlText
{
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
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
