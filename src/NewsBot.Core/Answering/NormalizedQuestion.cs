namespace NewsBot.Core.Answering;

/// <summary>A question made safe to search: plain text (possibly empty) and any notes for the user about what changed.</summary>
internal sealed record NormalizedQuestion(string Text, IReadOnlyList<string> Notes)
{
    public bool IsEmpty => Text.Length == 0;
}
