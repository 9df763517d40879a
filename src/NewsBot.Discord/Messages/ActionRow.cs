namespace NewsBot.Discord.Messages;

/// <summary>A row of up to 5 buttons; a message holds up to 5 rows.</summary>
/// <param name="Components">The buttons.</param>
public sealed record ActionRow(IReadOnlyList<Button> Components)
{
    /// <summary>Component type 1 (action row), fixed.</summary>
    public int Type => 1;

    /// <summary>A row of the given buttons.</summary>
    public static ActionRow Of(params Button[] buttons) => new(buttons);
}
