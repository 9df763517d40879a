using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Indexing;

/// <summary>
/// One opened index generation: reader, the one shared searcher and the per-article cache answering needs, so no
/// question loads stored fields. Reference counted: the owner holds one reference, each question one more; the
/// last <see cref="Release"/> closes the reader and, once retired, deletes the generation folder.
/// </summary>
internal sealed class IndexSnapshot
{
    private readonly FSDirectory _directory;
    private readonly Dictionary<string, SnapshotArticle> _byId;
    private int _references = 1;
    private volatile bool _deleteWhenReleased;

    private IndexSnapshot(string generationPath, FSDirectory directory, DirectoryReader reader, List<SnapshotArticle> articles,
        SnapshotPassage?[] passagesByDoc, DateTimeOffset? builtAt)
    {
        GenerationPath = generationPath;
        _directory = directory;
        Reader = reader;
        Searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        Articles = articles;
        PassagesByDoc = passagesByDoc;
        PassageCount = passagesByDoc.Count(passage => passage is not null);
        BuiltAt = builtAt;
        _byId = articles.ToDictionary(article => article.Id, StringComparer.Ordinal);
        ByTitle = [.. articles.OrderBy(a => a.Title, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Id, StringComparer.Ordinal)];
    }

    public string GenerationPath { get; }

    public DirectoryReader Reader { get; }

    public IndexSearcher Searcher { get; }

    public IReadOnlyList<SnapshotArticle> Articles { get; }

    /// <summary>Articles in title order (case-insensitive), then id.</summary>
    public IReadOnlyList<SnapshotArticle> ByTitle { get; }

    /// <summary>The passage of each document id (null for article documents).</summary>
    public SnapshotPassage?[] PassagesByDoc { get; }

    public int PassageCount { get; }

    public DateTimeOffset? BuiltAt { get; }

    public SnapshotArticle? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Opens a generation and loads its cache. Throws when it is damaged or from another schema version.</summary>
    public static IndexSnapshot Open(string generationPath)
    {
        var directory = FSDirectory.Open(generationPath);
        DirectoryReader? reader = null;
        try
        {
            reader = DirectoryReader.Open(directory);
            var userData = reader.IndexCommit.UserData;
            var version = userData.TryGetValue(IndexSchema.UserDataSchemaVersion, out var text) ? text : "(none)";
            if (version != IndexSchema.SchemaVersion.ToString(CultureInfo.InvariantCulture))
            {
                throw new IndexUnusableException($"the index has schema version {version}, this NewsBot needs {IndexSchema.SchemaVersion}");
            }

            DateTimeOffset? builtAt = userData.TryGetValue(IndexSchema.UserDataBuiltAt, out var built)
                && DateTimeOffset.TryParse(built, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) ? parsed : null;
            var (articles, passages) = LoadCache(reader);
            return new IndexSnapshot(generationPath, directory, reader, articles, passages, builtAt);
        }
        catch
        {
            reader?.Dispose();
            directory.Dispose();
            throw;
        }
    }

    public bool TryAcquire()
    {
        while (true)
        {
            var current = Volatile.Read(ref _references);
            if (current == 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _references, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    /// <summary>Drops the owner's reference: the snapshot closes, and its folder is deleted, once the last question releases it.</summary>
    public void Retire(bool deleteFolder)
    {
        _deleteWhenReleased = deleteFolder;
        Release();
    }

    public void Release()
    {
        if (Interlocked.Decrement(ref _references) != 0)
        {
            return;
        }

        Reader.Dispose();
        _directory.Dispose();
        if (_deleteWhenReleased)
        {
            GenerationFolders.TryDelete(GenerationPath);
        }
    }

    private static (List<SnapshotArticle> Articles, SnapshotPassage?[] Passages) LoadCache(DirectoryReader reader)
    {
        var articles = new List<SnapshotArticle>();
        var byId = new Dictionary<string, SnapshotArticle>(StringComparer.Ordinal);
        var pending = new List<(int DocId, Lucene.Net.Documents.Document Document)>();
        var liveDocs = MultiFields.GetLiveDocs(reader);
        for (var docId = 0; docId < reader.MaxDoc; docId++)
        {
            if (liveDocs is not null && !liveDocs.Get(docId))
            {
                continue;
            }

            var document = reader.Document(docId);
            if (document.Get(IndexSchema.Kind) == IndexSchema.ArticleKind)
            {
                var article = ReadArticle(articles.Count, document);
                articles.Add(article);
                byId[article.Id] = article;
            }
            else
            {
                pending.Add((docId, document));
            }
        }

        var passages = new SnapshotPassage?[reader.MaxDoc];
        foreach (var (docId, document) in pending)
        {
            var id = document.Get(IndexSchema.ArticleId) ?? throw new IndexUnusableException($"passage document {docId} has no article id");
            var article = byId.GetValueOrDefault(id) ?? throw new IndexUnusableException($"passage document {docId} names unknown article '{id}'");
            var start = Int(document, IndexSchema.PassageStart);
            var spans = Spans(document, IndexSchema.PassageSentences, start);
            var passage = new SnapshotPassage(docId, article, Int(document, IndexSchema.PassageOrdinal), start,
                Int(document, IndexSchema.PassageEnd), Int(document, IndexSchema.PassageFirstSentence), spans.Length);
            if (passage.End > article.Text.Length || passage.FirstSentence + passage.SentenceCount > article.Sentences.Length)
            {
                throw new IndexUnusableException($"passage document {docId} lies outside its article '{id}'");
            }

            passages[docId] = passage;
            article.AddPassage(passage);
        }

        articles.ForEach(article => article.SortPassages());
        return (articles, passages);
    }

    private static SnapshotArticle ReadArticle(int index, Lucene.Net.Documents.Document document)
    {
        var date = document.Get(IndexSchema.ArticleDate);
        return new SnapshotArticle(
            index,
            document.Get(IndexSchema.ArticleId) ?? throw new IndexUnusableException("an article document has no id"),
            document.Get(IndexSchema.ArticleTitle) ?? "",
            document.Get(IndexSchema.ArticleUrl),
            date is null ? null : DateTimeOffset.Parse(date, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            document.Get(IndexSchema.ArticleAuthor),
            document.Get(IndexSchema.ArticleHash) ?? "",
            document.Get(IndexSchema.ArticleFirstParagraph) ?? "",
            document.Get(IndexSchema.ArticleText) ?? "",
            Spans(document, IndexSchema.ArticleParagraphs),
            Spans(document, IndexSchema.ArticleSentences));
    }

    private static TextSpan[] Spans(Lucene.Net.Documents.Document document, string field, int origin = 0) =>
        document.GetBinaryValue(field) is { } bytes ? SpanCodec.Decode(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), origin) : [];

    private static int Int(Lucene.Net.Documents.Document document, string field) =>
        document.GetField(field)?.GetInt32Value() ?? throw new IndexUnusableException($"a passage document has no '{field}'");
}
