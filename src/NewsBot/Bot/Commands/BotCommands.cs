using NewsBot.Discord.Commands;

namespace NewsBot.Bot.Commands;

/// <summary>The application commands the bot registers (and the names the router dispatches on).</summary>
internal static class BotCommands
{
    public const string Ask = "ask";
    public const string Search = "search";
    public const string Article = "article";
    public const string Sources = "sources";
    public const string Help = "help";
    public const string Reindex = "reindex";
    public const string Status = "status";
    public const string AskMessage = "Ask NewsBot";

    /// <summary>Manage Server: admin commands are hidden from everyone else by default (and re-checked on every call).</summary>
    public const ulong AdminPermissions = AdminAccess.ManageGuild;

    public static IReadOnlyList<ApplicationCommand> All { get; } =
    [
        Slash(Ask, "Ask a question; the answer quotes the articles word for word",
            StringOption("question", "What do you want to know?", required: true, maxLength: 1000),
            new ApplicationCommandOption { Type = ApplicationCommandOptionType.Boolean, Name = "private", Description = "Only you see the answer", Required = false }),
        Slash(Search, "Find articles by keywords", StringOption("query", "Words to look for", required: true, maxLength: 200)),
        Slash(Article, "Show one article: title, link, date and first paragraph",
            StringOption("title", "Start typing a title", required: true, maxLength: 200) with { Autocomplete = true }),
        Slash(Sources, "How many articles are indexed, and their titles"),
        Slash(Help, "What NewsBot can do"),
        Slash(Reindex, "Rebuild the article index from the sources (admins)") with
        {
            DefaultMemberPermissions = AdminPermissions,
            Contexts = [InteractionContextType.Guild],
        },
        Slash(Status, "Index and connection status (admins)") with
        {
            DefaultMemberPermissions = AdminPermissions,
            Contexts = [InteractionContextType.Guild],
        },
        new ApplicationCommand { Type = ApplicationCommandType.Message, Name = AskMessage },
    ];

    private static ApplicationCommand Slash(string name, string description, params ApplicationCommandOption[] options) =>
        new() { Name = name, Description = description, Options = options.Length == 0 ? null : options };

    private static ApplicationCommandOption StringOption(string name, string description, bool required, int maxLength) =>
        new() { Type = ApplicationCommandOptionType.String, Name = name, Description = description, Required = required, MaxLength = maxLength };
}
