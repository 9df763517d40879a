using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Indexing;

/// <summary>Turns an article into its block of Lucene documents (article document first, then its passages).</summary>
internal static class ArticleDocuments
{
    /// <summary>
    /// Passage text: indexed with positions and offsets so matches can be located without re-analysis. Not stored: the
    /// text is read from the article's record (storing it again cost build time and index size, and nothing read it).
    /// </summary>
    private static readonly FieldType PassageTextType = Freeze(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    /// <param name="fileOrder">The file's place in the listed files; <paramref name="articleInFile"/> the article's in its file.</param>
    public static List<Document> Build(Article article, ArticleLayout layout, long fileOrder, int articleInFile)
    {
        var documents = new List<Document>(layout.Passages.Count + 1) { BuildArticle(article, layout, SourceOrder.Of(fileOrder, articleInFile, 0)) };
        var title = AnalyzedText.Of(IndexSchema.PassageTitle, article.Title);
        foreach (var passage in layout.Passages)
        {
            documents.Add(BuildPassage(article, passage, title));
        }

        return documents;
    }

    private static Document BuildArticle(Article article, ArticleLayout layout, long sourceOrder)
    {
        var firstParagraph = layout.Paragraphs.Length > 0 ? article.Text[layout.Paragraphs[0].Start..layout.Paragraphs[0].End] : "";
        var document = new Document
        {
            new StringField(IndexSchema.Kind, IndexSchema.ArticleKind, Field.Store.YES),
            new StringField(IndexSchema.ArticleId, article.Id, Field.Store.YES),
            new TextField(IndexSchema.ArticleTitle, article.Title, Field.Store.YES),
            new StoredField(IndexSchema.ArticleHash, article.ContentHash),
            new StoredField(IndexSchema.ArticleSourcePath, article.SourcePath),
            new StoredField(IndexSchema.ArticleFirstParagraph, firstParagraph),
            new BinaryDocValuesField(IndexSchema.ArticleRecord, new BytesRef(ArticleRecord.Encode(article, layout))),
            new StoredField(IndexSchema.ArticleParagraphs, SpanCodec.Encode(layout.Paragraphs)),
            new StoredField(IndexSchema.ArticleSentences, SpanCodec.Encode(layout.Sentences)),
            new StoredField(IndexSchema.ArticlePassageCount, layout.Passages.Count),
            new NumericDocValuesField(IndexSchema.ArticleSourceOrder, sourceOrder),
        };
        AddIfPresent(document, IndexSchema.ArticleUrl, article.Url);
        AddIfPresent(document, IndexSchema.ArticleAuthor, article.Author);
        AddIfPresent(document, IndexSchema.ArticleDate, article.Date?.ToString("O", CultureInfo.InvariantCulture));
        return document;
    }

    /// <param name="title">The title analysed once for all the article's passages.</param>
    private static Document BuildPassage(Article article, Passage passage, AnalyzedText title) =>
    [
        new StringField(IndexSchema.Kind, IndexSchema.PassageKind, Field.Store.YES),
        new StringField(IndexSchema.ArticleId, article.Id, Field.Store.YES),
        new StoredField(IndexSchema.PassageOrdinal, passage.Ordinal),
        new StoredField(IndexSchema.PassageStart, passage.Start),
        new StoredField(IndexSchema.PassageEnd, passage.End),
        new StoredField(IndexSchema.PassageFirstSentence, passage.FirstSentence),
        new StoredField(IndexSchema.PassageSentences, SpanCodec.Encode(passage.Sentences, passage.Start)),
        new Field(IndexSchema.PassageText, article.Text[passage.Start..passage.End], PassageTextType),
        new NumericDocValuesField(IndexSchema.PassageTextHash, TextHash.Of(article.Text.AsSpan(passage.Start, passage.End - passage.Start))),
        new TextField(IndexSchema.PassageTitle, new ReplayTokenStream(title)),
    ];

    private static void AddIfPresent(Document document, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            document.Add(new StoredField(name, value));
        }
    }

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
