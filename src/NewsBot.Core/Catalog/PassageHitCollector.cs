using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Core.Indexing;

namespace NewsBot.Core.Catalog;

/// <summary>Collects every matching passage and keeps, per article, its best-scoring passage, so results can be grouped by article and counted exactly.</summary>
internal sealed class PassageHitCollector(IndexSnapshot snapshot) : ICollector
{
    private readonly Dictionary<SnapshotArticle, (SnapshotPassage Passage, float Score)> _best = [];
    private Scorer? _scorer;
    private int _docBase;

    public bool AcceptsDocsOutOfOrder => true;

    public IReadOnlyDictionary<SnapshotArticle, (SnapshotPassage Passage, float Score)> BestByArticle => _best;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        if (snapshot.PassagesByDoc[_docBase + doc] is not { } passage)
        {
            return;
        }

        var score = _scorer!.GetScore();
        // Ties go to the article's earlier passage, whatever order the documents arrive in.
        if (!_best.TryGetValue(passage.Article, out var current) || score > current.Score
            || (score == current.Score && passage.Ordinal < current.Passage.Ordinal))
        {
            _best[passage.Article] = (passage, score);
        }
    }
}
