namespace NewsBot.Core.Answering;

/// <summary>
/// What is known about a candidate quote (a window of one to three adjacent sentences). Every value is normalised,
/// so thresholds hold across corpora; add a feature here and weigh it in <see cref="SentenceScorer"/>.
/// </summary>
/// <param name="Coverage">Share of the question's idf mass whose terms occur in the window (terms absent from the index count against it).</param>
/// <param name="TitleCoverage">Share of the idf mass of terms not in the window but in the article's title.</param>
/// <param name="Focus">Share of the window's matched terms that its best single sentence holds (1 = all in one sentence).</param>
/// <param name="Retrieval">Best retrieval score of the passages the window overlaps, relative to the top hit (0..1).</param>
/// <param name="Sentences">Sentences in the window.</param>
/// <param name="MatchedTerms">Distinct question terms in the window.</param>
internal sealed record QuoteFeatures(double Coverage, double TitleCoverage, double Focus, double Retrieval, int Sentences, int MatchedTerms);
