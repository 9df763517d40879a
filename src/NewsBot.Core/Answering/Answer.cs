namespace NewsBot.Core.Answering;

/// <summary>
/// The outcome of a question: quotes, best first, or an honest "not in the articles" (<see cref="Answered"/> false,
/// with <see cref="RelatedTitles"/> naming the closest articles, if any). <see cref="Notes"/> carries remarks such as
/// "the question was shortened".
/// </summary>
public sealed record Answer(
    string Question,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<string> RelatedTitles,
    IReadOnlyList<string> Notes)
{
    public bool Answered => Quotes.Count > 0;

    /// <summary>
    /// How sure the answerer is that the articles hold the answer, on its own scale (NewsBot: the abstention model's
    /// probability, also when it declines; 0 when nothing matched at all). For calibrating a refusal threshold after the fact.
    /// </summary>
    public double Confidence { get; init; }

    public static Answer NotFound(string question, IReadOnlyList<string> relatedTitles, IReadOnlyList<string> notes) =>
        new(question, [], relatedTitles, notes);
}
