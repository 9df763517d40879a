using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Indexing;

/// <summary>Reading articles (from their <see cref="ArticleRecord"/> doc values) and their passages.</summary>
internal sealed partial class IndexSnapshot
{
    /// <summary>The content of an article read without it (from <see cref="Articles"/>).</summary>
    internal ArticleContent ReadContent(SnapshotArticle article) => ContentOf(article, ReadRecord(article.Index));

    /// <summary>The record of an article document, read from its segment's doc values (a per-thread instance, so this is thread-safe).</summary>
    private ArticleRecord ReadRecord(int articleDoc)
    {
        var leaves = Reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(articleDoc, leaves)];
        var values = leaf.AtomicReader.GetBinaryDocValues(IndexSchema.ArticleRecord)
            ?? throw new IndexUnusableException($"the segment of article document {articleDoc} has no article records");
        var bytes = new BytesRef();
        values.Get(articleDoc - leaf.DocBase, bytes);
        if (bytes.Length == 0)
        {
            throw new IndexUnusableException($"article document {articleDoc} has no article record");
        }

        return ArticleRecord.Decode(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
    }

    private SnapshotArticle NewArticle(int docId, ArticleRecord record)
    {
        var firstParagraph = record.Paragraphs.Length > 0 ? record.Text[record.Paragraphs[0].Start..record.Paragraphs[0].End] : "";
        return new SnapshotArticle(this, docId, record.Id, record.Title, record.Url, record.Date, record.Author, record.ContentHash, firstParagraph,
            content: null);
    }

    private ArticleContent ContentOf(SnapshotArticle article, ArticleRecord record)
    {
        var passages = (IReadOnlyList<SnapshotPassage>?)DerivedPassages(article, record) ?? StoredPassages(article);
        foreach (var passage in passages)
        {
            if (passage.End > record.Text.Length || passage.FirstSentence + passage.SentenceCount > record.Sentences.Length)
            {
                throw new IndexUnusableException($"passage document {passage.DocId} lies outside its article '{article.Id}'");
            }
        }

        return new ArticleContent(record.Text, record.Paragraphs, record.Sentences, passages);
    }

    /// <summary>
    /// The passages as the build made them (<see cref="PassageSplitter"/> over the recorded, already cleaned spans, exactly
    /// as <see cref="ArticleLayout"/> did), so no passage document has to be read; null when they do not match the
    /// documents that follow the article (then the passage documents are read instead).
    /// </summary>
    private SnapshotPassage[]? DerivedPassages(SnapshotArticle article, ArticleRecord record)
    {
        var next = _articleDocs.NextSetBit(article.Index + 1);
        var following = (next < 0 ? Reader.MaxDoc : next) - article.Index - 1;
        var split = PassageSplitter.Split(record.Paragraphs, record.Sentences, IndexSchema.PassageTargetLength);
        if (record.PassageCount != split.Count || following != split.Count)
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
        var live = MultiFields.GetLiveDocs(Reader);
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
        for (var doc = NextArticleDoc(0); doc >= 0; doc = NextArticleDoc(doc + 1))
        {
            articles.Add(NewArticle(doc, ReadRecord(doc)));
        }

        return articles;
    }

    private int NextArticleDoc(int from) => from < _articleDocs.Length ? _articleDocs.NextSetBit(from) : -1;

    private static TextSpan[] Spans(Document document, string field, int origin = 0) =>
        document.GetBinaryValue(field) is { } bytes ? SpanCodec.Decode(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), origin) : [];

    private static int Int(Document document, string field) =>
        document.GetField(field)?.GetInt32Value() ?? throw new IndexUnusableException($"a passage document has no '{field}'");
}
