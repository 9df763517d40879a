using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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

    /// <summary>Terms whose relatives a snapshot remembers, at most (a few MB); past it they are looked up each time.</summary>
    private const int MaximumKnownTerms = 50_000;

    private static readonly ConditionalWeakTable<IndexSnapshot, ConcurrentDictionary<string, BytesRef[]>> KnownVariants = new();

    /// <summary>Occurrences per passage document, with offsets into the article text.</summary>
    public static Dictionary<int, List<TermOccurrence>> Read(IndexSnapshot snapshot, IReadOnlyList<QueryTerm> terms, IEnumerable<int> docIds)
    {
        var result = new Dictionary<int, List<TermOccurrence>>();
        var leaves = snapshot.Reader.Leaves;
        var relatedByTerm = terms.Select(term => WordRelations.Of(term.Text).Select(r => new BytesRef(r)).ToArray()).ToArray();

        // One enumerator a segment, for the relatives and then the postings (creating one costs more than its seeks).
        var termsEnums = leaves.Select(leaf => leaf.AtomicReader.GetTerms(IndexSchema.PassageText)?.GetEnumerator()).ToArray();
        var variantsByTerm = VariantsInIndex(snapshot, termsEnums, terms);
        foreach (var group in docIds.Distinct().GroupBy(doc => ReaderUtil.SubIndex(doc, leaves)))
        {
            var leaf = leaves[group.Key];
            var docs = group.Select(doc => doc - leaf.DocBase).Order().ToArray();
            if (termsEnums[group.Key] is not { } termsEnum)
            {
                continue;
            }

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
    /// Each term with its first relatives in term order over the whole index, not per segment: under the cap, a segment's
    /// own vocabulary would make the matches depend on how the build's threads split the documents. Each segment's
    /// first relatives are merged (the index's first ones are among them), rather than enumerating the merged
    /// vocabulary, whose enumerators cost a fifth of the answer time in allocations.
    /// </summary>
    private static BytesRef[][] VariantsInIndex(IndexSnapshot snapshot, TermsEnum?[] termsEnums, IReadOnlyList<QueryTerm> terms)
    {
        // Questions repeat words: each snapshot remembers the relatives it found (they never change for its life).
        var known = KnownVariants.GetValue(snapshot, _ => new ConcurrentDictionary<string, BytesRef[]>(StringComparer.Ordinal));
        var variants = new BytesRef[terms.Count][];
        var missing = Enumerable.Range(0, terms.Count).Where(i => !known.TryGetValue(terms[i].Text, out variants[i]!)).ToList();
        if (missing.Count == 0)
        {
            return variants;
        }

        var relatives = missing.Select(_ => new SortedSet<BytesRef>()).ToArray();
        foreach (var termsEnum in termsEnums)
        {
            for (var m = 0; termsEnum is not null && m < missing.Count; m++)
            {
                relatives[m].UnionWith(Variants(termsEnum, terms[missing[m]]).Skip(1));
            }
        }

        for (var m = 0; m < missing.Count; m++)
        {
            var term = terms[missing[m]].Text;
            variants[missing[m]] = [new BytesRef(term), .. relatives[m].Take(MaximumVariants)];
            if (known.Count < MaximumKnownTerms)
            {
                known.TryAdd(term, variants[missing[m]]);
            }
        }

        return variants;
    }

    /// <summary>
    /// The term itself and its derivational relatives in one segment ("produc" for "product", "destruct" for "destroi"):
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
