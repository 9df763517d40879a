namespace NewsBot.Core.Answering;

/// <summary>
/// The two logistic models answering runs on, with weights from <see cref="RankerWeights"/> (trained offline by
/// <c>tools/retrain-ranker.sh</c> on the developer set): one scores candidate sentences, one decides whether the best
/// of them answers the question at all.
/// </summary>
internal static class RankingModel
{
    static RankingModel()
    {
        // A stale weights file (features added or removed since training) must fail loudly, not rank silently wrong.
        if (RankerWeights.Sentence.Length != SentenceFeatures.Count || RankerWeights.Abstention.Length != AbstentionFeatures.Count)
        {
            throw new InvalidOperationException("RankerWeights does not match the feature lists: run tools/retrain-ranker.sh.");
        }
    }

    public static double SentenceScore(double[] features) => Dot(RankerWeights.Sentence, features);

    /// <summary>True when the best candidate is likely enough to answer (probability at or above the trained threshold).</summary>
    public static bool Answers(double[] abstentionFeatures, out double probability)
    {
        probability = Probability(Dot(RankerWeights.Abstention, abstentionFeatures));
        return probability >= RankerWeights.AbstentionThreshold;
    }

    public static double Probability(double score) => 1 / (1 + Math.Exp(-score));

    private static double Dot(double[] weights, double[] features)
    {
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i] * features[i];
        }

        return sum;
    }
}
