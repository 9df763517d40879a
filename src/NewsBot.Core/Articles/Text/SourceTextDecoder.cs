using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace NewsBot.Core.Articles.Text;

/// <summary>
/// Turns the bytes of an article file into text, or says why they are not text:
/// empty, binary (NUL bytes or many control characters) or not valid UTF-8 (a strict decode; a UTF-8 BOM is allowed).
/// A UTF-16 byte order mark is honoured, and an HTML page that is not UTF-8 is read in the charset it declares.
/// </summary>
internal static class SourceTextDecoder
{
    // Above this share of control characters (other than tab, line feed, carriage return, form feed) the file is not prose.
    private const double MaxControlCharacterShare = 0.05;

    /// <param name="mayDeclareCharset">HTML: the page may name its encoding in a meta tag.</param>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, bool mayDeclareCharset = false)
    {
        if (bytes.IsEmpty)
        {
            return DecodedText.Failure("empty file");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var utf16 = new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true);
            return Checked(bytes[2..], utf16, "UTF-16");
        }

        if (mayDeclareCharset && !Utf8.IsValid(bytes) && DeclaredCharset.Find(bytes) is { } label && label is not ("utf-8" or "utf8"))
        {
            return DeclaredCharset.EncodingFor(label) is { } declared
                ? Checked(bytes, declared, label)
                : DecodedText.Failure($"declares charset \"{label}\", which is not supported");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return DecodedText.Failure($"binary file (NUL byte at offset {nul})");
        }

        var bomLength = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var content = bytes[bomLength..];
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, content.Length));
        try
        {
            var status = Utf8.ToUtf16(content, buffer, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var offset = bytesRead + bomLength;
                return DecodedText.Failure($"not valid UTF-8 (byte 0x{bytes[offset]:X2} at offset {offset})");
            }

            return Checked(new string(buffer, 0, charsWritten));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static DecodedText Checked(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            return DecodedText.Failure($"not valid {name} (byte 0x{(ex.BytesUnknown is [var b, ..] ? b : 0):X2} at offset {ex.Index})");
        }

        return text.Contains('\0', StringComparison.Ordinal) ? DecodedText.Failure($"binary file (NUL character in {name} text)") : Checked(text);
    }

    private static DecodedText Checked(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DecodedText.Failure("empty file (whitespace only)");
        }

        var controls = CountControlCharacters(text);
        if (controls > 0 && controls > text.Length * MaxControlCharacterShare)
        {
            return DecodedText.Failure($"binary file ({controls} control characters in {text.Length})");
        }

        return new DecodedText(text, null);
    }

    private static int CountControlCharacters(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if ((c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f')) || c == 0x7F)
            {
                count++;
            }
        }

        return count;
    }
}
