using System.Collections.Frozen;
using System.Text.RegularExpressions;
using NewsBot.Core.Search;

namespace NewsBot.Core.Answering;

/// <summary>
/// What is known about a question before any sentence is scored: its analysed terms, the kind of answer it wants,
/// and its words in lower case (so a candidate's names and numbers can be checked for being new, not echoed).
/// </summary>
/// <param name="NameMask">Terms (by index) written with a capital inside the question: names, which matter most.</param>
/// <param name="VectorRows">Each term's word-vector row (<see cref="WordVectors"/>) for the word the question wrote, or -1.</param>
internal sealed partial record QuestionProfile(
    IReadOnlyList<QueryTerm> Terms, AnswerType AnswerType, FrozenSet<string> Words, uint NameMask, int[] VectorRows)
{
    /// <summary>The question has no capital letter at all (typed in lower case, as chat often is): <see cref="NameMask"/> is empty.</summary>
    public bool Uncased { get; init; }

    /// <summary>Terms (by index) the question writes next to each other, as parts of one name could be: see <see cref="QuestionPairs.Names"/>.</summary>
    public (int First, int Second)[] AdjacentPairs { get; init; } = [];

    public static QuestionProfile Of(string question, IReadOnlyList<QueryTerm> terms)
    {
        var lower = question.ToLowerInvariant();
        var words = WordPattern().Matches(lower).Select(m => m.Value).ToFrozenSet(StringComparer.Ordinal);
        uint names = 0;
        var rows = Enumerable.Repeat(-1, terms.Count).ToArray();
        var tokens = TextAnalysis.Analyze(question).ToList();
        foreach (var token in tokens)
        {
            for (var i = 0; i < terms.Count; i++)
            {
                if (rows[i] < 0 && terms[i].Text == token.Term)
                {
                    rows[i] = WordVectors.Default.RowOf(question.AsSpan(token.Start, token.End - token.Start));
                }
            }

            if (token.Start > 0 && char.IsUpper(question[token.Start]))
            {
                for (var i = 0; i < terms.Count; i++)
                {
                    names |= terms[i].Text == token.Term ? 1u << i : 0;
                }
            }
        }

        return new QuestionProfile(terms, Classify(lower), words, names, rows)
        {
            Uncased = !question.Any(char.IsUpper),
            AdjacentPairs = QuestionPairs.WrittenTogether(question, tokens, terms),
        };
    }

    private static AnswerType Classify(string lower)
    {
        // Order matters: "how many years" wants a quantity, "what year" a date, "who" a name.
        if (QuantityPattern().IsMatch(lower))
        {
            return AnswerType.Quantity;
        }

        if (DatePattern().IsMatch(lower))
        {
            return AnswerType.Date;
        }

        return NamePattern().IsMatch(lower) ? AnswerType.Name : AnswerType.Other;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\bhow (many|much|long|old|far|large|big|tall|high|often|fast)\b|\bwhat (percentage|percent|proportion|number|amount|fraction)\b|\bhow \w+ (was|were|is|are|did)\b.*\b(cost|worth|weigh)", RegexOptions.CultureInvariant)]
    private static partial Regex QuantityPattern();

    [GeneratedRegex(@"\bwhen\b|\b(what|which|what's) (year|years|date|day|month|century|decade|era|period|time)\b|\bin what (year|month|decade|century)\b|\bhow long ago\b", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b(who|whom|whose|where)\b|\b(what|which) (\w+ )?(name|company|city|country|state|person|group|team|organization|organisation|band|album|song|film|movie|book|university|school|place|town|river|region|province|man|woman|artist|singer|player|director|character|label|firm|network|language|religion|award|brand)\b|\bnamed?\b|\bcalled\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
