using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Core.Indexing;

namespace NewsBot.Core.Answering;

/// <summary>
/// Collects the best <c>size</c> passages whose texts differ: of several passages with the same text (copies of a story
/// re-published under other ids) only the best scoring, earliest one counts. Plain top-n retrieval let a hundred copies
/// fill every slot with one passage, so the sentence ranker saw one paragraph and abstention saw no alternatives.
/// Ties go to the passage that comes first in the sources (<see cref="SourceOrder"/>), not to the lower document number,
/// which depends on how the build's threads ran: a rebuild of the same sources answers alike. Documents may arrive out
/// of order: that lets Lucene score a disjunction in bulk (BooleanScorer), which in-order collection (BooleanScorer2)
/// made about 65 % slower at k = 100.
/// </summary>
/// <param name="countCopiesOnce">False for plain top-n retrieval (the evaluation's baseline), with the same tie rule.</param>
internal sealed class DistinctPassageCollector(int size, long[] sourceOrders, bool countCopiesOnce = true) : ICollector
{
    private readonly Dictionary<long, Hit> _byText = [];

    // Worst hit first: the lowest score, and among equal scores the latest in the sources.
    private readonly PriorityQueue<Hit, (float Score, long NegatedOrder)> _worstFirst = new();
    private int _live;
    private int _docBase;
    private Scorer? _scorer;
    private NumericDocValues? _textHashes;

    public bool AcceptsDocsOutOfOrder => true;

    public static ScoreDoc[] Search(IndexSnapshot snapshot, Query query, int size, bool countCopiesOnce = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        var collector = new DistinctPassageCollector(size, snapshot.SourceOrders, countCopiesOnce);
        snapshot.Searcher.Search(query, collector);
        return collector.TopDocs();
    }

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _textHashes = context.AtomicReader.GetNumericDocValues(IndexSchema.PassageTextHash);
    }

    public void Collect(int doc)
    {
        var score = _scorer!.GetScore();
        // Most passages score below the worst one kept: turn them away before anything else is read.
        if (_live == size && score < Worst().Score)
        {
            return;
        }

        var docId = _docBase + doc;
        var order = sourceOrders[docId];
        if (_live == size && !Worst().IsBeatenBy(score, order))
        {
            return;
        }

        var hash = countCopiesOnce ? _textHashes?.Get(doc) ?? docId : docId;
        if (_byText.TryGetValue(hash, out var existing))
        {
            if (!existing.IsBeatenBy(score, order))
            {
                return;
            }

            existing.Replaced = true;
            _live--;
        }

        var hit = new Hit(docId, score, hash, order);
        _byText[hash] = hit;
        _worstFirst.Enqueue(hit, (score, -order));
        if (++_live > size)
        {
            var evicted = Worst();
            _worstFirst.Dequeue();
            _byText.Remove(evicted.Hash);
            _live--;
        }
    }

    public ScoreDoc[] TopDocs() =>
        [.. _byText.Values.OrderByDescending(h => h.Score).ThenBy(h => h.Order).Select(h => new ScoreDoc(h.Doc, h.Score))];

    /// <summary>The worst live hit (replaced hits are dropped from the queue on the way).</summary>
    private Hit Worst()
    {
        while (_worstFirst.Peek().Replaced)
        {
            _worstFirst.Dequeue();
        }

        return _worstFirst.Peek();
    }

    private sealed class Hit(int doc, float score, long hash, long order)
    {
        public int Doc { get; } = doc;

        public float Score { get; } = score;

        public long Hash { get; } = hash;

        public long Order { get; } = order;

        public bool Replaced { get; set; }

        public bool IsBeatenBy(float score, long order) => score > Score || (score == Score && order < Order);
    }
}
