using NewsBot.Core.Articles;

namespace NewsBot.Core.Indexing;

/// <summary>Consecutive whole sentences of one paragraph: [<see cref="Start"/>, <see cref="End"/>) of the article text.</summary>
/// <param name="FirstSentence">Index of its first sentence in the article's (cleaned) sentence list.</param>
internal sealed record Passage(int Ordinal, int Start, int End, int FirstSentence, IReadOnlyList<TextSpan> Sentences);
