namespace NewsBot.Core.Articles.Formats;

/// <summary>An article as a format reader found it: cleaned paragraphs, not yet joined into text with spans.</summary>
/// <param name="Id">The id the source gives (a JSON <c>id</c> or <c>file#n</c>); null means "the file name".</param>
internal sealed record ArticleDraft(
    string? Id,
    string Title,
    IReadOnlyList<string> Paragraphs,
    string? Url = null,
    DateTimeOffset? Date = null,
    string? Author = null);
