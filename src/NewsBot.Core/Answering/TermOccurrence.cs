namespace NewsBot.Core.Answering;

/// <summary>Where a question term occurs in an article: its index in the question's term list and its article offsets.</summary>
internal readonly record struct TermOccurrence(int TermIndex, int Start, int End);
