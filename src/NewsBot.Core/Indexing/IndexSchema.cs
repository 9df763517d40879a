namespace NewsBot.Core.Indexing;

/// <summary>
/// Field names and the schema version of the index. Each article is one block of documents: an article document
/// (metadata, the full text stored but not indexed, compact paragraph and sentence spans) followed by one document
/// per passage (whole sentences of one paragraph, about <see cref="PassageTargetLength"/> characters).
/// </summary>
public static class IndexSchema
{
    /// <summary>Bump when fields or their meaning change: an index of another version is rebuilt on start.</summary>
    public const int SchemaVersion = 7;

    /// <summary>Passages gather whole sentences up to this length; a longer sentence is a passage of its own.</summary>
    public const int PassageTargetLength = 400;

    /// <summary>"article" or "passage".</summary>
    public const string Kind = "kind";
    public const string ArticleKind = "article";
    public const string PassageKind = "passage";

    // Shared by both kinds.
    public const string ArticleId = "article_id";

    // Passage documents.
    public const string PassageOrdinal = "ordinal";
    public const string PassageStart = "start";
    public const string PassageEnd = "end";
    public const string PassageFirstSentence = "first_sentence";
    public const string PassageSentences = "sentences";
    /// <summary>Passage text: indexed with positions and offsets (quote highlights come from the postings), stored.</summary>
    public const string PassageText = "text";
    /// <summary>The article title indexed on every passage, so a title match lifts the article's passages.</summary>
    public const string PassageTitle = "title";
    /// <summary>Numeric doc value: <see cref="TextHash"/> of the passage text, so retrieval can count copies once.</summary>
    public const string PassageTextHash = "text_hash";

    // Article documents.
    public const string ArticleTitle = "article_title";
    public const string ArticleUrl = "url";
    public const string ArticleDate = "date";
    public const string ArticleAuthor = "author";
    public const string ArticleHash = "hash";
    public const string ArticleSourcePath = "source_path";
    public const string ArticleFirstParagraph = "first_paragraph";
    /// <summary>Schema 1 stored the article text here; since schema 2 it is in <see cref="ArticleRecord"/>.</summary>
    public const string ArticleText = "body";
    public const string ArticleParagraphs = "paragraphs";
    public const string ArticleSentences = "article_sentences";
    public const string ArticlePassageCount = "passage_count";
    /// <summary>Binary doc value with everything answering reads of an article (see <see cref="ArticleRecord"/>).</summary>
    public const string ArticleRecord = "article_record";
    /// <summary>
    /// Numeric doc value: <see cref="SourceOrder"/> of the article (passage 0). A passage's is its article's plus its
    /// ordinal (passages follow their article document in order). Breaks score ties instead of the document number.
    /// </summary>
    public const string ArticleSourceOrder = "source_order";

    // Commit user data.
    public const string UserDataSchemaVersion = "schema_version";
    public const string UserDataBuiltAt = "built_at";
    public const string UserDataArticles = "articles";
    public const string UserDataPassages = "passages";
    public const string UserDataSources = "sources";
}
