namespace NewsBot.Core.Articles;

/// <summary>
/// One article as NewsBot knows it: clean body text (navigation debris and photo credits removed,
/// paragraphs separated by a blank line) and the paragraph and sentence spans inside it.
/// Every quote NewsBot shows is a contiguous slice of <see cref="Text"/>.
/// </summary>
/// <param name="Id">Stable id: the file name without extension for single-article files, <c>name#n</c> (or the object's own id) for JSON collections.</param>
/// <param name="SourcePath">The file the article was read from.</param>
/// <param name="ContentHash">Hex SHA-256 of the title and text, so a changed article is recognised.</param>
public sealed record Article(
    string Id,
    string Title,
    string Text,
    IReadOnlyList<TextSpan> Paragraphs,
    IReadOnlyList<TextSpan> Sentences,
    string? Url,
    DateTimeOffset? Date,
    string? Author,
    string ContentHash,
    string SourcePath);
