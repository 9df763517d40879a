namespace NewsBot.Discord.Gateway;

/// <summary>The outcome of <see cref="ReconnectPolicy.Decide"/>.</summary>
/// <param name="Action">Resume, identify or stop.</param>
/// <param name="FatalMessage">For <see cref="ReconnectAction.Fatal"/>: one line saying what to fix.</param>
internal sealed record ReconnectDecision(ReconnectAction Action, string? FatalMessage = null)
{
    public static ReconnectDecision Resume { get; } = new(ReconnectAction.Resume);

    public static ReconnectDecision Identify { get; } = new(ReconnectAction.Identify);

    public static ReconnectDecision Fatal(string message) => new(ReconnectAction.Fatal, message);
}
