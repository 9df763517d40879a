using System.Globalization;
using Lucene.Net.Documents;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Indexing;

/// <summary>Reading articles and their passages from stored documents.</summary>
internal sealed partial class IndexSnapshot
{
    private static readonly string[] MetadataFields =
    [
        IndexSchema.Kind, IndexSchema.ArticleId, IndexSchema.ArticleTitle, IndexSchema.ArticleUrl, IndexSchema.ArticleDate,
        IndexSchema.ArticleAuthor, IndexSchema.ArticleHash, IndexSchema.ArticleFirstParagraph,
    ];

    /// <summary>The content of an article read without it (from <see cref="Articles"/>).</summary>
    internal ArticleContent ReadContent(SnapshotArticle article) => ReadContent(article, Reader.Document(article.Index));

    private ArticleContent ReadContent(SnapshotArticle article, Document document)
    {
        var text = document.Get(IndexSchema.ArticleText) ?? "";
        var paragraphs = Spans(document, IndexSchema.ArticleParagraphs);
        var sentences = Spans(document, IndexSchema.ArticleSentences);
        IReadOnlyList<SnapshotPassage> passages = (IReadOnlyList<SnapshotPassage>?)DerivedPassages(article, paragraphs, sentences, document) ?? StoredPassages(article);
        foreach (var passage in passages)
        {
            if (passage.End > text.Length || passage.FirstSentence + passage.SentenceCount > sentences.Length)
            {
                throw new IndexUnusableException($"passage document {passage.DocId} lies outside its article '{article.Id}'");
            }
        }

        return new ArticleContent(text, paragraphs, sentences, passages);
    }

    /// <summary>
    /// The passages as the build made them (<see cref="PassageSplitter"/> over the stored, already cleaned spans, exactly
    /// as <see cref="ArticleLayout"/> did), so no passage document has to be read; null when they do not match the
    /// documents that follow the article (then the passage documents are read instead).
    /// </summary>
    private SnapshotPassage[]? DerivedPassages(SnapshotArticle article, TextSpan[] paragraphs, TextSpan[] sentences, Document document)
    {
        var stored = document.GetField(IndexSchema.ArticlePassageCount)?.GetInt32Value();
        var next = _articleDocs.NextSetBit(article.Index + 1);
        var following = (next < 0 ? Reader.MaxDoc : next) - article.Index - 1;
        var split = PassageSplitter.Split(paragraphs, sentences, IndexSchema.PassageTargetLength);
        if (stored != split.Count || following != split.Count)
        {
            return null;
        }

        var passages = new SnapshotPassage[split.Count];
        for (var i = 0; i < split.Count; i++)
        {
            var p = split[i];
            passages[i] = new SnapshotPassage(article.Index + 1 + i, article, p.Ordinal, p.Start, p.End, p.FirstSentence, p.Sentences.Count);
        }

        return passages;
    }

    /// <summary>The passages read from the passage documents after the article document (the slow, always-right way).</summary>
    private List<SnapshotPassage> StoredPassages(SnapshotArticle article)
    {
        var passages = new List<SnapshotPassage>();
        var next = _articleDocs.NextSetBit(article.Index + 1);
        var end = next < 0 ? Reader.MaxDoc : next;
        var live = Lucene.Net.Index.MultiFields.GetLiveDocs(Reader);
        for (var docId = article.Index + 1; docId < end; docId++)
        {
            if (live is not null && !live.Get(docId))
            {
                continue;
            }

            var document = Reader.Document(docId);
            if (document.Get(IndexSchema.ArticleId) != article.Id)
            {
                throw new IndexUnusableException($"passage document {docId} does not belong to the article '{article.Id}' before it");
            }

            var start = Int(document, IndexSchema.PassageStart);
            passages.Add(new SnapshotPassage(docId, article, Int(document, IndexSchema.PassageOrdinal), start, Int(document, IndexSchema.PassageEnd),
                Int(document, IndexSchema.PassageFirstSentence), Spans(document, IndexSchema.PassageSentences, start).Length));
        }

        passages.Sort((a, b) => a.Ordinal.CompareTo(b.Ordinal));
        return passages;
    }

    private List<SnapshotArticle> ReadAllArticles()
    {
        var articles = new List<SnapshotArticle>(ArticleCount);
        for (var doc = _articleDocs.NextSetBit(0); doc >= 0; doc = doc + 1 < _articleDocs.Length ? _articleDocs.NextSetBit(doc + 1) : -1)
        {
            var visitor = new DocumentStoredFieldVisitor(MetadataFields);
            Reader.Document(doc, visitor);
            articles.Add(ReadArticle(doc, visitor.Document));
        }

        return articles;
    }

    private SnapshotArticle ReadArticle(int docId, Document document)
    {
        var date = document.Get(IndexSchema.ArticleDate);
        return new SnapshotArticle(
            this,
            docId,
            document.Get(IndexSchema.ArticleId) ?? throw new IndexUnusableException($"article document {docId} has no id"),
            document.Get(IndexSchema.ArticleTitle) ?? "",
            document.Get(IndexSchema.ArticleUrl),
            date is null ? null : DateTimeOffset.Parse(date, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            document.Get(IndexSchema.ArticleAuthor),
            document.Get(IndexSchema.ArticleHash) ?? "",
            document.Get(IndexSchema.ArticleFirstParagraph) ?? "",
            content: null);
    }

    private static TextSpan[] Spans(Document document, string field, int origin = 0) =>
        document.GetBinaryValue(field) is { } bytes ? SpanCodec.Decode(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), origin) : [];

    private static int Int(Document document, string field) =>
        document.GetField(field)?.GetInt32Value() ?? throw new IndexUnusableException($"a passage document has no '{field}'");
}
