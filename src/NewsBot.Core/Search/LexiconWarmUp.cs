namespace NewsBot.Core.Search;

/// <summary>
/// Starts loading the embedded word tables (<see cref="WordRelations"/>, <see cref="WordVectors"/>; 50-80 ms each) on
/// the thread pool, side by side, so the first question does not wait for both in turn. A failure here is left to
/// surface, with its message, where a table is first used.
/// </summary>
internal static class LexiconWarmUp
{
    public static void Start()
    {
        _ = Task.Run(() => WordRelations.Count);
        _ = Task.Run(() => WordVectors.Default.Count);
    }
}
