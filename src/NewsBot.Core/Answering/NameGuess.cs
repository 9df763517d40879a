namespace NewsBot.Core.Answering;

/// <summary>
/// Names for a question typed in lower case, as chat often is: the terms the read sentences write with a capital
/// mid-sentence more often than not ("stanley", "cup" where the articles say "Stanley", "FA Cup"), standing in for the
/// capitals the question lacks, so the checks on names work for it too.
/// </summary>
internal static class NameGuess
{
    public static uint From(QuestionProfile profile, IEnumerable<ArticleEvidence> articles)
    {
        Span<int> capitalised = stackalloc int[32];
        Span<int> seen = stackalloc int[32];
        var counted = new HashSet<(string Story, int Start)>();
        foreach (var evidence in articles)
        {
            var text = evidence.Article.Text;
            foreach (var (sentence, matches) in evidence.Matches)
            {
                var sentenceStart = evidence.Article.Sentences[sentence].Start;
                foreach (var occurrence in matches)
                {
                    // Copies of a re-published story (same content hash) count once.
                    if (occurrence.Start > sentenceStart && counted.Add((evidence.Article.ContentHash, occurrence.Start)))
                    {
                        seen[occurrence.TermIndex]++;
                        capitalised[occurrence.TermIndex] += char.IsUpper(text[occurrence.Start]) ? 1 : 0;
                    }
                }
            }
        }

        uint names = 0;
        for (var i = 0; i < profile.Terms.Count; i++)
        {
            // One or two letters ("v" in "scotland v italy", "f1") are more often initials or abbreviations than names.
            names |= profile.Terms[i].Text.Length > 2 && seen[i] > 0 && 2 * capitalised[i] > seen[i] ? 1u << i : 0;
        }

        return names;
    }
}
