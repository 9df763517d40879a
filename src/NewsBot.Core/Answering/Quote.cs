using NewsBot.Core.Articles;

namespace NewsBot.Core.Answering;

/// <summary>
/// An exact, contiguous slice of an article (<see cref="Text"/> equals <c>article.Text[Start..End]</c>),
/// sentence-aligned, with the spans of the words that matched the question (offsets relative to <see cref="Text"/>).
/// </summary>
/// <param name="StartsMidSentence">True when a sentence too long for one quote was cut before the quote's start.</param>
/// <param name="EndsMidSentence">True when such a sentence goes on after the quote's end: readers must see it was cut.</param>
public sealed record Quote(
    string ArticleId,
    string Title,
    string? Url,
    DateTimeOffset? Date,
    string Text,
    int Start,
    int End,
    IReadOnlyList<TextSpan> Highlights,
    double Score,
    bool StartsMidSentence = false,
    bool EndsMidSentence = false);
