namespace NewsBot.Core.Answering;

/// <summary>Where a question term occurs in an article: its index in the question's term list and its article offsets.</summary>
/// <param name="Related">Found through a related word (a synonym), not the term itself or its forms.</param>
internal readonly record struct TermOccurrence(int TermIndex, int Start, int End, bool Related = false);
