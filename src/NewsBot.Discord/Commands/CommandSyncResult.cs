namespace NewsBot.Discord.Commands;

/// <summary>The outcome of a command sync.</summary>
/// <param name="Changed">True when the registered set differed and was overwritten with a PUT.</param>
/// <param name="Commands">The commands registered now (with their ids).</param>
public sealed record CommandSyncResult(bool Changed, IReadOnlyList<ApplicationCommand> Commands);
