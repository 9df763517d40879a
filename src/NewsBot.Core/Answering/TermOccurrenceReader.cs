using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsBot.Core.Indexing;
using NewsBot.Core.Search;

namespace NewsBot.Core.Answering;

/// <summary>
/// Reads where the question terms occur inside given passages straight from the postings (indexed with offsets), so
/// choosing and highlighting quotes never re-analyses article text. A term also counts where a derivational relative of
/// it occurs ("produced" for "production", "destruction" for "destroyed"): paraphrased questions often change the word form
/// beyond what the Porter stemmer folds. Words related in meaning (<see cref="WordRelations"/>) are read too, marked
/// <see cref="TermOccurrence.Related"/>: weaker evidence, kept apart. Retrieval itself still searches the exact terms.
/// </summary>
internal static class TermOccurrenceReader
{
    /// <summary>Stems this long or longer also match their derivational relatives (see <see cref="Variants"/>).</summary>
    private const int MinimumStem = 5;

    /// <summary>A relative shares the stem but for its last <see cref="StrippedLetters"/>, and at least this many letters.</summary>
    private const int MinimumPrefix = 5;

    private const int StrippedLetters = 2;

    /// <summary>A relative adds at most this many letters to the shared prefix ("destr" + "uct", not "destr" + "uctiveness").</summary>
    private const int MaximumSuffix = 4;

    /// <summary>At most this many relatives per term, so a common prefix cannot flood the candidates.</summary>
    private const int MaximumVariants = 6;

    /// <summary>Occurrences per passage document, with offsets into the article text.</summary>
    public static Dictionary<int, List<TermOccurrence>> Read(IndexSnapshot snapshot, IReadOnlyList<QueryTerm> terms, IEnumerable<int> docIds)
    {
        var result = new Dictionary<int, List<TermOccurrence>>();
        var leaves = snapshot.Reader.Leaves;
        var relatedByTerm = terms.Select(term => WordRelations.Of(term.Text).Select(r => new BytesRef(r)).ToArray()).ToArray();

        // Relatives are looked up in the whole index's vocabulary, not each segment's: with a cap on how many are taken,
        // a segment's own vocabulary would make the matches depend on how the build's threads split the documents.
        var allTerms = MultiFields.GetTerms(snapshot.Reader, IndexSchema.PassageText);
        var variantsByTerm = terms.Select(term => allTerms is null ? [new BytesRef(term.Text)] : Variants(allTerms.GetEnumerator(), term)).ToArray();
        foreach (var group in docIds.Distinct().GroupBy(doc => ReaderUtil.SubIndex(doc, leaves)))
        {
            var leaf = leaves[group.Key];
            var docs = group.Select(doc => doc - leaf.DocBase).Order().ToArray();
            var fieldTerms = leaf.AtomicReader.GetTerms(IndexSchema.PassageText);
            if (fieldTerms is null)
            {
                continue;
            }

            var termsEnum = fieldTerms.GetEnumerator();
            DocsAndPositionsEnum? postings = null;
            for (var termIndex = 0; termIndex < terms.Count; termIndex++)
            {
                foreach (var (variant, related) in variantsByTerm[termIndex].Select(v => (v, false))
                    .Concat(relatedByTerm[termIndex].Select(r => (r, true))))
                {
                    if (!termsEnum.SeekExact(variant))
                    {
                        continue;
                    }

                    postings = termsEnum.DocsAndPositions(leaf.AtomicReader.LiveDocs, postings, DocsAndPositionsFlags.OFFSETS);
                    if (postings is not null)
                    {
                        Collect(snapshot, leaf.DocBase, docs, postings, termIndex, related, result);
                    }
                }
            }
        }

        return result;
    }

    private static void Collect(IndexSnapshot snapshot, int docBase, int[] docs, DocsAndPositionsEnum postings, int termIndex, bool related, Dictionary<int, List<TermOccurrence>> result)
    {
        foreach (var doc in docs)
        {
            var current = postings.DocID < doc ? postings.Advance(doc) : postings.DocID;
            if (current == DocIdSetIterator.NO_MORE_DOCS)
            {
                break;
            }

            if (current != doc)
            {
                continue;
            }

            var passage = snapshot.PassagesByDoc[docBase + doc]!;
            if (!result.TryGetValue(docBase + doc, out var list))
            {
                result[docBase + doc] = list = [];
            }

            for (var i = postings.Freq; i > 0; i--)
            {
                postings.NextPosition();
                list.Add(new TermOccurrence(termIndex, passage.Start + postings.StartOffset, passage.Start + postings.EndOffset, related));
            }
        }
    }

    /// <summary>
    /// The term itself and its derivational relatives in the index ("produc" for "product", "destruct" for "destroi"):
    /// indexed terms sharing all but the stem's last letters, a light suffix-stripping match that needs no word list.
    /// </summary>
    private static List<BytesRef> Variants(TermsEnum termsEnum, QueryTerm term)
    {
        var variants = new List<BytesRef> { new(term.Text) };
        if (term.Text.Length < MinimumStem || !term.Text.All(char.IsAsciiLetterLower))
        {
            return variants;
        }

        var prefix = term.Text[..Math.Max(MinimumPrefix, term.Text.Length - StrippedLetters)];
        var prefixBytes = new BytesRef(prefix);
        if (termsEnum.SeekCeil(prefixBytes) == TermsEnum.SeekStatus.END)
        {
            return variants;
        }

        do
        {
            var candidate = termsEnum.Term.Utf8ToString();
            if (!candidate.StartsWith(prefix, StringComparison.Ordinal))
            {
                break;
            }

            if (candidate != term.Text && candidate.Length <= prefix.Length + MaximumSuffix)
            {
                variants.Add(BytesRef.DeepCopyOf(termsEnum.Term));
            }
        }
        while (variants.Count <= MaximumVariants && termsEnum.MoveNext());

        return variants;
    }
}
