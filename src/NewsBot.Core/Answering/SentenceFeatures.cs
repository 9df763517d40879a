namespace NewsBot.Core.Answering;

/// <summary>
/// The features the ranker weighs for a candidate sentence, in a fixed order (the order of the trained weights). All are
/// normalised (shares, 0/1 flags, or ±1 for "the answer type the question wants is / is not here"), so weights carry
/// across corpora; none names a word of any particular corpus.
/// </summary>
internal static class SentenceFeatures
{
    public static readonly string[] Names =
    [
        "bias",
        "sentence_coverage",       // idf share of the question's terms in the sentence
        "window_coverage",         // ... in the sentence and its neighbours in the same paragraph
        "paragraph_coverage",      // ... anywhere in the paragraph
        "title_only_coverage",     // ... in the article title but not in the paragraph
        "retrieval",               // BM25 score of the sentence's passage relative to the top hit (0 when not retrieved)
        "top_passage",             // 1 when the sentence is in the top hit
        "matched_share",           // distinct question terms in the sentence over all terms (unweighted)
        "ordered_pairs",           // share of neighbouring question-term pairs found close together, in order
        "proximity",               // how tightly the sentence's matches cluster
        "rarest_term",             // 1 when the question's rarest indexed term is in the window
        "wants_quantity",          // +1 the question wants a number and the sentence has a new one, -1 it has none, 0 n/a
        "wants_date",
        "wants_name",
        "new_number",              // the sentence holds a number the question does not
        "new_name",                // ... a capitalised name the question does not
        "length",                  // log length of the sentence
        "paragraph_start",         // 1 for the first sentence of a paragraph
        "coverage_x_retrieval",    // sentence coverage times retrieval
        "coverage_squared",
        "name_coverage",           // idf share of the question's capitalised terms in the window (0 when it has none)
        "missing_name",            // 1 when a capitalised question term is in neither the paragraph, the read sentences either side, nor the title
        "wanted_type_nearby",      // the wanted answer type is missing from the sentence but present in a neighbour
        "window_bm25",             // BM25 of the sentence and its neighbours, over the best such value for the question
        "paragraph_bm25",          // BM25 of the paragraph, over the best paragraph's
        "article_coverage",        // idf share of the question's terms in the read parts of the article or its title
        "related_coverage",        // idf share of the question's terms found in the sentence only through a related word
        "related_window_coverage", // ... in the sentence and its neighbours
        "soft_coverage",           // idf share of the question in the sentence, a missing term counting its best word-vector similarity there
        "strong_coverage",         // ... a missing term counting in full where a word there is very similar to it
        "soft_window_coverage",    // soft_coverage over the sentence and its neighbours
        "strong_window_coverage",  // strong_coverage over the sentence and its neighbours
        "untitled_coverage",       // sentence_coverage counting only the question terms the article title lacks
        "untitled_window_coverage", // ... in the sentence and its neighbours
        "title_coverage",          // idf share of the question's terms in the article title
    ];

    public static int Count => Names.Length;

    /// <summary>Features holding raw BM25 values until <see cref="CandidateCollector"/> divides them by the question's best.</summary>
    public static readonly int[] RelativeToBest = [23, 24];
}
