using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsBot.Core.Indexing;
using NewsBot.Core.Search;

namespace NewsBot.Core.Answering;

/// <summary>
/// Reads where the question terms occur inside given passages straight from the postings (indexed with offsets), so
/// choosing and highlighting quotes never re-analyses article text.
/// </summary>
internal static class TermOccurrenceReader
{
    /// <summary>Occurrences per passage document, with offsets into the article text.</summary>
    public static Dictionary<int, List<TermOccurrence>> Read(IndexSnapshot snapshot, IReadOnlyList<QueryTerm> terms, IEnumerable<int> docIds)
    {
        var result = new Dictionary<int, List<TermOccurrence>>();
        var leaves = snapshot.Reader.Leaves;
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
                if (!terms[termIndex].InVocabulary || !termsEnum.SeekExact(new BytesRef(terms[termIndex].Text)))
                {
                    continue;
                }

                postings = termsEnum.DocsAndPositions(leaf.AtomicReader.LiveDocs, postings, DocsAndPositionsFlags.OFFSETS);
                if (postings is null)
                {
                    continue;
                }

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

                    var passage = snapshot.PassagesByDoc[leaf.DocBase + doc]!;
                    if (!result.TryGetValue(leaf.DocBase + doc, out var list))
                    {
                        result[leaf.DocBase + doc] = list = [];
                    }

                    for (var i = postings.Freq; i > 0; i--)
                    {
                        postings.NextPosition();
                        list.Add(new TermOccurrence(termIndex, passage.Start + postings.StartOffset, passage.Start + postings.EndOffset));
                    }
                }
            }
        }

        return result;
    }
}
