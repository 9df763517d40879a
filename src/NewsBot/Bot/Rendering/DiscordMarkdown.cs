using System.Text;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// Makes article text (or any text the bot did not write) show literally in Discord: markdown characters are
/// backslash-escaped, line-start syntax (quotes, headings, lists) is disarmed, and mention syntax is broken with a
/// zero-width space so that even a message sent without <c>allowed_mentions</c> could not ping anyone.
/// </summary>
internal static class DiscordMarkdown
{
    /// <summary>Zero-width space: invisible, but it stops Discord from reading <c>@everyone</c> or <c>&lt;@id&gt;</c> as a mention.</summary>
    public const char ZeroWidthSpace = '\u200B';

    // Characters that start or end inline markdown anywhere on a line.
    private const string InlineSpecials = "\\*_~|`[]";

    /// <summary>Escapes <paramref name="text"/> as if it started at the beginning of a line.</summary>
    public static string Escape(string text) => Escape(text, atLineStart: true);

    /// <summary>Escapes <paramref name="text"/>; <paramref name="atLineStart"/> says whether its first character starts a line.</summary>
    public static string Escape(string text, bool atLineStart)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text, atLineStart);
        return builder.ToString();
    }

    /// <summary>Appends the escaped <paramref name="text"/> to <paramref name="builder"/>.</summary>
    public static void Append(StringBuilder builder, ReadOnlySpan<char> text, bool atLineStart)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var lineStart = atLineStart;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                builder.Append(c);
                lineStart = true;
                continue;
            }

            if (lineStart)
            {
                if (c is ' ' or '\t' or '\r')
                {
                    builder.Append(c);
                    continue; // indentation does not stop "- item" or "> quote" from being markup
                }

                lineStart = false;
                var consumed = EscapeLineStart(builder, text, i);
                if (consumed > 0)
                {
                    i += consumed - 1;
                    continue;
                }
            }

            if (InlineSpecials.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\').Append(c);
            }
            else if (c == '@' && StartsMassMention(text, i + 1))
            {
                builder.Append('@').Append(ZeroWidthSpace);
            }
            else if (c == '<' && i + 1 < text.Length && text[i + 1] is '@' or '#' or ':' or '/' or 't' or 'a' or 'h')
            {
                // <@id>, <@!id>, <@&role>, <#channel>, <:emoji:id>, </command:id>, <t:stamp>, <a:emoji:id>, <https://...>
                builder.Append('<').Append(ZeroWidthSpace);
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    /// <summary>
    /// Reverses <see cref="Escape(string)"/> (used to read back a query the bot itself wrote into a message).
    /// </summary>
    public static string Unescape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && !char.IsLetterOrDigit(text[i + 1]) && !char.IsWhiteSpace(text[i + 1]))
            {
                builder.Append(text[++i]);
            }
            else if (c != ZeroWidthSpace)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Makes a one-line label (titles, queries): line breaks become spaces, then it is escaped.</summary>
    public static string EscapeInline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flat = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return Escape(flat, atLineStart: false);
    }

    /// <summary>Escapes line-start markup at <paramref name="i"/>; returns how many characters it consumed (0 = none).</summary>
    private static int EscapeLineStart(StringBuilder builder, ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        // "> quote", "# heading", "- item", "-# subtext", "+ item" ("* item" is covered by the inline escape of '*').
        if (c is '>' or '#' or '-' or '+')
        {
            builder.Append('\\').Append(c);
            return 1;
        }

        // "1. item" / "1) item": escape the mark after the leading digits.
        if (char.IsAsciiDigit(c))
        {
            var j = i;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            if (j < text.Length && text[j] is '.' or ')')
            {
                builder.Append(text[i..j]).Append('\\').Append(text[j]);
                return j - i + 1;
            }
        }

        return 0;
    }

    private static bool StartsMassMention(ReadOnlySpan<char> text, int at) =>
        text[at..].StartsWith("everyone", StringComparison.OrdinalIgnoreCase) ||
        text[at..].StartsWith("here", StringComparison.OrdinalIgnoreCase);
}
