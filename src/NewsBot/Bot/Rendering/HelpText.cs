namespace NewsBot.Bot.Rendering;

/// <summary><c>/help</c>: what the bot can do, in a few lines.</summary>
internal static class HelpText
{
    public const string Content = """
        **NewsBot** answers questions about its news articles by quoting them word for word, with where each quote comes from. When the articles don't say, it tells you so.
        - Mention me with a question, send me a DM, or use `/ask question:` (add `private:true` to see the answer alone).
        - Right-click a message → Apps → **Ask NewsBot** to ask what that message asks.
        - `/search query:` ranked articles with snippets · `/article title:` one article · `/sources` every indexed title.
        - Admins: `/reindex` rebuilds the index from the sources · `/status` shows the index and connection.
        """;
}
