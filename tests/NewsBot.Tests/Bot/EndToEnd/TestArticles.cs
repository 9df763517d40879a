using System.Globalization;

namespace NewsBot.Tests.Bot.EndToEnd;

/// <summary>Articles the end-to-end tests add beside the seeds, each about something no other article mentions.</summary>
internal static class TestArticles
{
    public const string PingQuestion = "What did the quokka parliament announce?";
    public const string LongQuestion = "How long is the zephyrine glacier survey?";
    public const string PagingQuery = "lighthouse";
    public const int LighthouseArticles = 7;

    public static void AddTo(BotUnderTest bot, ulong realUserId)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var user = realUserId.ToString(CultureInfo.InvariantCulture);
        bot.AddArticle("quokka-parliament.md", $"""
            ---
            title: "Quokka parliament @everyone <@{user}>"
            url: https://news.example/quokka
            date: 2024-03-01
            ---
            The quokka parliament announced to @everyone and @here that <@{user}> and <@123456789012345678> won the quokka vote, with <@&223456789012345678> in <#323456789012345678>.
            """);

        // Run-on sentences of about 800 characters: five quotes of whole sentences cannot fit in one message.
        var clauses = string.Join(", ", Enumerable.Range(1, 14).Select(c => $"then crossed survey line {c} of the long zephyrine glacier with its sledges"));
        var sentences = Enumerable.Range(1, 12).Select(i =>
            $"The zephyrine glacier survey spent season {i} measuring how long the zephyrine glacier had become, {clauses}, and reported long, careful results.");
        bot.AddArticle("zephyrine-glacier.md", "# The long zephyrine glacier survey\n\n" + string.Join(' ', sentences) + "\n");

        for (var i = 1; i <= LighthouseArticles; i++)
        {
            bot.AddArticle($"lighthouse-{i}.md", $"# Lighthouse keeper story {i}\n\nThe lighthouse on island {i} was repaired by its keeper, and the lighthouse lamp shone again.\n");
        }
    }
}
