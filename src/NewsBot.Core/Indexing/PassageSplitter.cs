using NewsBot.Core.Articles;

namespace NewsBot.Core.Indexing;

/// <summary>
/// Groups consecutive sentences of the same paragraph into passages of up to a target length. Passages never
/// cross a paragraph and never split a sentence; a sentence longer than the target is a passage by itself.
/// </summary>
internal static class PassageSplitter
{
    public static IReadOnlyList<Passage> Split(TextSpan[] paragraphs, TextSpan[] sentences, int targetLength)
    {
        var passages = new List<Passage>();
        var first = 0;
        var paragraph = 0;
        var currentParagraph = -1;
        for (var i = 0; i < sentences.Length; i++)
        {
            // Sentences and paragraphs are both in text order, so one forward scan finds each sentence's paragraph;
            // a sentence outside every paragraph gets a "paragraph" of its own (-1 - i).
            while (paragraph < paragraphs.Length && paragraphs[paragraph].End <= sentences[i].Start)
            {
                paragraph++;
            }

            var owner = paragraph < paragraphs.Length && paragraphs[paragraph].Contains(sentences[i]) ? paragraph : -1 - i;
            var fits = sentences[i].End - sentences[first].Start <= targetLength;
            if (i > first && (owner != currentParagraph || !fits))
            {
                passages.Add(Make(passages.Count, sentences, first, i));
                first = i;
            }

            currentParagraph = owner;
        }

        if (sentences.Length > 0)
        {
            passages.Add(Make(passages.Count, sentences, first, sentences.Length));
        }

        return passages;
    }

    private static Passage Make(int ordinal, TextSpan[] sentences, int first, int end) =>
        new(ordinal, sentences[first].Start, sentences[end - 1].End, first, sentences[first..end]);
}
