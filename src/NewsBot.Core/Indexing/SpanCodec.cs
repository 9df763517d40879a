using NewsBot.Core.Articles;

namespace NewsBot.Core.Indexing;

/// <summary>
/// Stores ordered, non-overlapping spans compactly: for each span the gap from the previous span's end and its
/// length, as unsigned LEB128 varints (a typical sentence costs 2-3 bytes).
/// </summary>
internal static class SpanCodec
{
    public static byte[] Encode(IReadOnlyList<TextSpan> spans, int origin = 0)
    {
        var buffer = new List<byte>(spans.Count * 3 + 2);
        WriteVarint(buffer, (uint)spans.Count);
        var previousEnd = origin;
        foreach (var span in spans)
        {
            WriteVarint(buffer, checked((uint)(span.Start - previousEnd)));
            WriteVarint(buffer, checked((uint)span.Length));
            previousEnd = span.End;
        }

        return [.. buffer];
    }

    public static TextSpan[] Decode(ReadOnlySpan<byte> bytes, int origin = 0)
    {
        var index = 0;
        var count = (int)ReadVarint(bytes, ref index);
        var spans = new TextSpan[count];
        var previousEnd = origin;
        for (var i = 0; i < count; i++)
        {
            var start = previousEnd + (int)ReadVarint(bytes, ref index);
            var end = start + (int)ReadVarint(bytes, ref index);
            spans[i] = new TextSpan(start, end);
            previousEnd = end;
        }

        return spans;
    }

    private static void WriteVarint(List<byte> buffer, uint value)
    {
        while (value >= 0x80)
        {
            buffer.Add((byte)(value | 0x80));
            value >>= 7;
        }

        buffer.Add((byte)value);
    }

    private static uint ReadVarint(ReadOnlySpan<byte> bytes, ref int index)
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (index >= bytes.Length)
            {
                throw new FormatException("Span data ends in the middle of a number.");
            }

            var next = bytes[index++];
            value |= (uint)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                return value;
            }
        }

        throw new FormatException("Span data holds a number that is too long.");
    }
}
