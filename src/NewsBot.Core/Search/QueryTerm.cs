namespace NewsBot.Core.Search;

/// <summary>
/// A distinct analysed term of a question or keyword search, with the position of its first occurrence
/// (for phrase bonuses) and its BM25 inverse document frequency in the passage field (0 documents = the rarest).
/// </summary>
internal sealed record QueryTerm(string Text, int Position, long DocumentFrequency, double Idf)
{
    public bool InVocabulary => DocumentFrequency > 0;
}
