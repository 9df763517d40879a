namespace NewsBot.Core.Articles;

/// <summary>A half-open range [Start, End) of UTF-16 offsets into an article's <see cref="Article.Text"/>.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;
}
