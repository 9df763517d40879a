namespace NewsBot.Core.Articles.Formats;

/// <summary>What a format reader made of one file: its articles and the problems with the records it had to skip.</summary>
internal sealed record ParsedFile(IReadOnlyList<ArticleDraft> Drafts, IReadOnlyList<string> Problems)
{
    public static ParsedFile Single(ArticleDraft draft) => new([draft], []);

    public static ParsedFile Failed(string problem) => new([], [problem]);
}
