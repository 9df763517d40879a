using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace NewsBot.Core.Indexing;

/// <summary>
/// One opened index generation: the reader, the one searcher every question shares, and the articles, read from their
/// records on demand. Opening reads no record (only a bit set of which documents are articles), so
/// it takes milliseconds at any size, and memory holds only the articles recently used (<see cref="ArticleCacheLimit"/>),
/// never every article's text. Reference counted: the owner holds one reference, each question one more; the last
/// <see cref="Release"/> closes the reader and, once retired, deletes the generation folder.
/// </summary>
internal sealed partial class IndexSnapshot
{
    /// <summary>Articles kept after use; past this the cache starts again (a whole corpus up to this size stays cached).</summary>
    public const int ArticleCacheLimit = 8192;

    private readonly FSDirectory _directory;
    private readonly FixedBitSet _articleDocs;
    private readonly ConcurrentDictionary<int, SnapshotArticle> _cache = new();
    private readonly Lazy<IReadOnlyList<SnapshotArticle>> _articles;
    private readonly Lazy<IReadOnlyList<SnapshotArticle>> _byTitle;
    private long[]? _sourceOrders;
    private int _references = 1;
    private volatile bool _deleteWhenReleased;

    private IndexSnapshot(string generationPath, FSDirectory directory, DirectoryReader reader, FixedBitSet articleDocs, DateTimeOffset? builtAt)
    {
        GenerationPath = generationPath;
        _directory = directory;
        Reader = reader;
        Searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        _articleDocs = articleDocs;
        ArticleCount = articleDocs.Cardinality;
        PassageCount = reader.NumDocs - ArticleCount;
        PassagesByDoc = new PassageTable(this, reader.MaxDoc);
        BuiltAt = builtAt;
        _articles = new Lazy<IReadOnlyList<SnapshotArticle>>(ReadAllArticles);
        _byTitle = new Lazy<IReadOnlyList<SnapshotArticle>>(() =>
            [.. Articles.OrderBy(a => a.Title, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Id, StringComparer.Ordinal)]);
    }

    public string GenerationPath { get; }

    public DirectoryReader Reader { get; }

    public IndexSearcher Searcher { get; }

    public int ArticleCount { get; }

    public int PassageCount { get; }

    /// <summary>Every article in index order (metadata read on first use of this list; text still read on demand).</summary>
    public IReadOnlyList<SnapshotArticle> Articles => _articles.Value;

    /// <summary>Articles in title order (case-insensitive), then id.</summary>
    public IReadOnlyList<SnapshotArticle> ByTitle => _byTitle.Value;

    /// <summary>The passage of each document id (null for article documents).</summary>
    public PassageTable PassagesByDoc { get; }

    public DateTimeOffset? BuiltAt { get; }

    /// <summary>
    /// Each passage's place in the sources (<see cref="SourceOrder"/>), by document id, worked out on first use from the
    /// article documents' values (8 bytes a document; under 100 ms at 2 million documents). Retrieval breaks score ties
    /// with it; reading a doc value for every tied passage instead made answers a fifth slower, as thousands of short
    /// single-word matches share one score, and a value per passage took 280 ms to load.
    /// </summary>
    public long[] SourceOrders => LazyInitializer.EnsureInitialized(ref _sourceOrders, ReadSourceOrders);

    /// <summary>Article documents carry their place in the sources; each passage after one is one place further.</summary>
    private long[] ReadSourceOrders()
    {
        var orders = new long[Reader.MaxDoc];
        foreach (var leaf in Reader.Leaves)
        {
            var values = leaf.AtomicReader.GetNumericDocValues(IndexSchema.ArticleSourceOrder);
            var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            var article = leaf.DocBase < _articleDocs.Length ? _articleDocs.NextSetBit(leaf.DocBase) : -1;
            while (article >= 0 && article < end)
            {
                var next = article + 1 < _articleDocs.Length ? _articleDocs.NextSetBit(article + 1) : -1;
                var first = values?.Get(article - leaf.DocBase) ?? article;
                for (var doc = article; doc < (next < 0 || next > end ? end : next); doc++)
                {
                    // Without the doc value (an older index never gets here: the schema version differs) fall back to ids.
                    orders[doc] = values is null ? doc : first + Math.Max(0, doc - article - 1);
                }

                article = next;
            }
        }

        return orders;
    }

    /// <summary>Opens a generation. Throws when it is damaged or from another schema version.</summary>
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
            var articleDocs = ArticleDocs(reader);
            Check(reader, articleDocs, userData);
            return new IndexSnapshot(generationPath, directory, reader, articleDocs, builtAt);
        }
        catch
        {
            reader?.Dispose();
            directory.Dispose();
            throw;
        }
    }

    public SnapshotArticle? FindById(string id)
    {
        var term = new BytesRef(id);
        foreach (var leaf in Reader.Leaves)
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(new Term(IndexSchema.ArticleId, term));
            while (docs is not null && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                var doc = leaf.DocBase + docs.DocID;
                if (_articleDocs.Get(doc))
                {
                    return ArticleAt(doc);
                }
            }
        }

        return null;
    }

    /// <summary>The passage document <paramref name="docId"/>, or null for an article document or an id outside the index.</summary>
    public SnapshotPassage? PassageAt(int docId)
    {
        if (docId < 0 || docId >= _articleDocs.Length || _articleDocs.Get(docId))
        {
            return null;
        }

        var articleDoc = _articleDocs.PrevSetBit(docId);
        if (articleDoc < 0)
        {
            return null;
        }

        var passages = ArticleAt(articleDoc).Passages;
        var ordinal = docId - articleDoc - 1;
        return ordinal < passages.Count && passages[ordinal].DocId == docId
            ? passages[ordinal]
            : passages.FirstOrDefault(passage => passage.DocId == docId);
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

    /// <summary>The article of an article document, with its content, from the cache or its record.</summary>
    private SnapshotArticle ArticleAt(int articleDoc)
    {
        if (_cache.TryGetValue(articleDoc, out var cached))
        {
            return cached;
        }

        var record = ReadRecord(articleDoc);
        var article = NewArticle(articleDoc, record);
        article.Attach(ContentOf(article, record));
        if (_cache.Count >= ArticleCacheLimit)
        {
            _cache.Clear();
        }

        return _cache.GetOrAdd(articleDoc, article);
    }

    private static FixedBitSet ArticleDocs(DirectoryReader reader)
    {
        var bits = new FixedBitSet(reader.MaxDoc);
        var kind = new Term(IndexSchema.Kind, IndexSchema.ArticleKind);
        foreach (var leaf in reader.Leaves)
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(kind);
            while (docs is not null && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                bits.Set(leaf.DocBase + docs.DocID);
            }
        }

        return bits;
    }

    /// <summary>Cheap checks at open (the stored documents themselves are checked when first read).</summary>
    private static void Check(DirectoryReader reader, FixedBitSet articleDocs, IDictionary<string, string> userData)
    {
        if (reader.NumDocs > 0 && articleDocs.NextSetBit(0) is var first && (first < 0 || first != FirstLiveDoc(reader)))
        {
            throw new IndexUnusableException("the index does not start with an article document");
        }

        if (userData.TryGetValue(IndexSchema.UserDataArticles, out var articles) && articles != articleDocs.Cardinality.ToString(CultureInfo.InvariantCulture))
        {
            throw new IndexUnusableException($"the index holds {articleDocs.Cardinality} article documents, its commit says {articles}");
        }

        if (userData.TryGetValue(IndexSchema.UserDataPassages, out var passages)
            && passages != (reader.NumDocs - articleDocs.Cardinality).ToString(CultureInfo.InvariantCulture))
        {
            throw new IndexUnusableException($"the index holds {reader.NumDocs - articleDocs.Cardinality} passage documents, its commit says {passages}");
        }
    }

    private static int FirstLiveDoc(DirectoryReader reader)
    {
        var live = MultiFields.GetLiveDocs(reader);
        var doc = 0;
        while (live is not null && doc < reader.MaxDoc && !live.Get(doc))
        {
            doc++;
        }

        return doc;
    }
}
