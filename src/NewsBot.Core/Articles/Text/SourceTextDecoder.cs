using System.Buffers;
using System.Text.Unicode;

namespace NewsBot.Core.Articles.Text;

/// <summary>
/// Turns the bytes of an article file into text, or says why they are not text:
/// empty, binary (NUL bytes or many control characters) or not valid UTF-8 (a strict decode; a UTF-8 BOM is allowed).
/// </summary>
internal static class SourceTextDecoder
{
    // Above this share of control characters (other than tab, line feed, carriage return, form feed) the file is not prose.
    private const double MaxControlCharacterShare = 0.05;

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return DecodedText.Failure("empty file");
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

            var text = new string(buffer, 0, charsWritten);
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
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
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
