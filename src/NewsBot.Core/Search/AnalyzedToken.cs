namespace NewsBot.Core.Search;

/// <summary>One analysed word: its indexed form, its UTF-16 offsets in the analysed text and its position.</summary>
internal readonly record struct AnalyzedToken(string Term, int Start, int End, int Position);
