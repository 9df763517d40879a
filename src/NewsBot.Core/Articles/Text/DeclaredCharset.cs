using System.Text;

namespace NewsBot.Core.Articles.Text;

/// <summary>
/// The character encoding an HTML page declares in its first 1,024 bytes (<c>&lt;meta charset="..."&gt;</c> or
/// <c>&lt;meta http-equiv="Content-Type" content="text/html; charset=..."&gt;</c>), as browsers look for it before
/// decoding. Older news pages are often windows-1252 or ISO-8859-x; without this they could not be read at all.
/// </summary>
internal static class DeclaredCharset
{
    private const int PrescanBytes = 1024;

    /// <summary>The declared label (lower case), or null when the page declares none.</summary>
    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        // The prescan window is ASCII by definition of every encoding a page may declare there.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]).ToLowerInvariant();
        for (var meta = head.IndexOf("<meta", StringComparison.Ordinal); meta >= 0; meta = head.IndexOf("<meta", meta + 5, StringComparison.Ordinal))
        {
            var end = head.IndexOf('>', meta);
            var tag = end < 0 ? head[meta..] : head[meta..end];
            // "charset" must be followed by "=" (an attribute or the content's parameter), not be part of other text.
            for (var charset = tag.IndexOf("charset", StringComparison.Ordinal); charset >= 0; charset = tag.IndexOf("charset", charset + 1, StringComparison.Ordinal))
            {
                var i = charset + "charset".Length;
                while (i < tag.Length && tag[i] == ' ')
                {
                    i++;
                }

                if (i == tag.Length || tag[i] != '=')
                {
                    continue;
                }

                while (i < tag.Length && tag[i] is ' ' or '=' or '"' or '\'')
                {
                    i++;
                }

                var start = i;
                while (i < tag.Length && (char.IsAsciiLetterOrDigit(tag[i]) || tag[i] is '-' or '_' or ':' or '.'))
                {
                    i++;
                }

                if (i > start)
                {
                    return tag[start..i];
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A strict decoder for <paramref name="label"/> (invalid bytes throw), or null when .NET has no such encoding.
    /// Labels browsers read as windows-1252 ("iso-8859-1", "us-ascii", ...) are read the same way here.
    /// </summary>
    public static Encoding? EncodingFor(string label)
    {
        var name = label is "iso-8859-1" or "latin1" or "l1" or "iso8859-1" or "us-ascii" or "ascii" or "cp1252" ? "windows-1252" : label;
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
                ?? Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
