using NewsBot.Core.Articles;

namespace NewsBot.Core.Answering;

/// <summary>
/// An exact, contiguous slice of an article (<see cref="Text"/> equals <c>article.Text[Start..End]</c>),
/// sentence-aligned, with the spans of the words that matched the question (offsets relative to <see cref="Text"/>).
/// </summary>
public sealed record Quote(
    string ArticleId,
    string Title,
    string? Url,
    DateTimeOffset? Date,
    string Text,
    int Start,
    int End,
    IReadOnlyList<TextSpan> Highlights,
    double Score);
