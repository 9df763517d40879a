namespace NewsBot.Core.Answering;

/// <summary>The kind of answer a question asks for, read from its wording ("how many", "when", "who"...).</summary>
internal enum AnswerType
{
    /// <summary>Nothing specific ("what did ... say", "why ...").</summary>
    Other,

    /// <summary>A number or amount: "how many", "how much", "what percentage".</summary>
    Quantity,

    /// <summary>A date, year, century or period: "when", "what year".</summary>
    Date,

    /// <summary>A name, of a person, place, organisation or work: "who", "where", "which company", "what is the name".</summary>
    Name,
}
