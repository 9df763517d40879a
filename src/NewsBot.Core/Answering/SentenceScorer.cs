namespace NewsBot.Core.Answering;

/// <summary>
/// Weighs <see cref="QuoteFeatures"/> into a ranking score and an answer confidence. The constants are first
/// estimates checked on the seed article; they are meant to be tuned on the SQuAD sample, not configured.
/// </summary>
internal static class SentenceScorer
{
    /// <summary>Below this confidence the articles are taken not to hold the answer.</summary>
    public const double AnswerThreshold = 0.5;

    /// <summary>A second or third quote must come this close to the first one's confidence.</summary>
    public const double FollowingQuoteRatio = 0.7;

    private const double TitleWeight = 0.3;
    private const double FocusWeight = 0.05;
    private const double RetrievalWeight = 0.1;
    private const double ExtraSentencePenalty = 0.04;

    /// <summary>How sure we are that the window answers: question terms it covers, with title terms counting a little.</summary>
    public static double Confidence(QuoteFeatures features) =>
        features.Coverage + (TitleWeight * features.TitleCoverage);

    /// <summary>Ranks windows: confidence first, then focus and retrieval; every extra sentence must earn its place.</summary>
    public static double Score(QuoteFeatures features) =>
        Confidence(features)
        + (FocusWeight * features.Focus)
        + (RetrievalWeight * features.Retrieval)
        - (ExtraSentencePenalty * (features.Sentences - 1));
}
