using System.Globalization;
using System.Text;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Indexing;

/// <summary>
/// Everything answering needs of one article, as one binary doc value on the article document
/// (<see cref="IndexSchema.ArticleRecord"/>): metadata, paragraph and sentence spans, passage count and the text.
/// Doc values are read straight from the (memory-mapped) index file, so loading an article costs a few microseconds,
/// where a stored document costs a decompressed chunk (about 90 µs measured at k = 4).
/// </summary>
internal sealed record ArticleRecord(
    string Id,
    string Title,
    string? Url,
    DateTimeOffset? Date,
    string? Author,
    string ContentHash,
    int PassageCount,
    TextSpan[] Paragraphs,
    TextSpan[] Sentences,
    string Text)
{
    private const byte FormatVersion = 1;

    public static byte[] Encode(Article article, ArticleLayout layout)
    {
        using var stream = new MemoryStream(article.Text.Length + 256);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(FormatVersion);
            writer.Write(article.Id);
            writer.Write(article.Title);
            WriteOptional(writer, article.Url);
            WriteOptional(writer, article.Date?.ToString("O", CultureInfo.InvariantCulture));
            WriteOptional(writer, article.Author);
            writer.Write(article.ContentHash);
            writer.Write7BitEncodedInt(layout.Passages.Count);
            WriteSpans(writer, layout.Paragraphs);
            WriteSpans(writer, layout.Sentences);
            writer.Write(article.Text);
        }

        return stream.ToArray();
    }

    public static ArticleRecord Decode(ReadOnlySpan<byte> bytes)
    {
        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        var version = reader.ReadByte();
        if (version != FormatVersion)
        {
            throw new IndexUnusableException($"an article record has format {version}, this NewsBot reads {FormatVersion}");
        }

        var id = reader.ReadString();
        var title = reader.ReadString();
        var url = ReadOptional(reader);
        var date = ReadOptional(reader) is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : (DateTimeOffset?)null;
        var author = ReadOptional(reader);
        var hash = reader.ReadString();
        var passages = reader.Read7BitEncodedInt();
        var paragraphs = ReadSpans(reader);
        var sentences = ReadSpans(reader);
        return new ArticleRecord(id, title, url, date, author, hash, passages, paragraphs, sentences, reader.ReadString());
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteSpans(BinaryWriter writer, TextSpan[] spans)
    {
        var bytes = SpanCodec.Encode(spans);
        writer.Write7BitEncodedInt(bytes.Length);
        writer.Write(bytes);
    }

    private static TextSpan[] ReadSpans(BinaryReader reader) => SpanCodec.Decode(reader.ReadBytes(reader.Read7BitEncodedInt()));
}
