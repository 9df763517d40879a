using System.Text.Json.Nodes;
using NewsBot.Discord.Emulator;

namespace NewsBot.Tests.Bot.EndToEnd;

/// <summary>House rule: every message the bot sends carries <c>allowed_mentions</c> that allow no pings.</summary>
[Collection(BotCollection.Name)]
public sealed class HouseRuleTests(BotFixture fixture)
{
    private readonly DiscordEmulator _emulator = fixture.Emulator;

    [Fact]
    public async Task EveryMessageTheBotSent_CarriesAllowedMentionsThatPingNobody()
    {
        // Some traffic of every kind first (other tests of the collection may or may not have run yet).
        var channel = _emulator.AddTextChannel(_emulator.Guild.Id, "house-rule");
        var mention = await _emulator.InjectMentionAsync(TestArticles.PingQuestion, new MessageInjection { ChannelId = channel.Id });
        var ask = await _emulator.InjectSlashCommandAsync("ask", [InteractionOption.String("question", TestArticles.PingQuestion)]);
        var search = await _emulator.InjectSlashCommandAsync("search", [InteractionOption.String("query", "quokka")]);
        await _emulator.WaitForReplyAsync(mention);
        await _emulator.WaitForAnswerAsync(ask);
        await _emulator.WaitForAnswerAsync(search);

        var messages = _emulator.Requests.Where(CarriesAMessage).ToList();

        Assert.True(messages.Count >= 3);
        Assert.All(messages, request =>
        {
            var body = request.RouteKey == EmulatorRoutes.InteractionCallback ? request.Body!["data"] : request.Body;
            var allowed = body?["allowed_mentions"];
            Assert.True(allowed is not null, $"{request.Method} {request.RouteKey} has no allowed_mentions");
            Assert.Empty(allowed["parse"]!.AsArray());
            Assert.Null(allowed["users"]);
            Assert.Null(allowed["roles"]);
            Assert.False(allowed["replied_user"]?.GetValue<bool>() ?? false);
        });
    }

    private static bool CarriesAMessage(RecordedRequest request) => request.RouteKey switch
    {
        EmulatorRoutes.CreateMessage or EmulatorRoutes.EditMessage or EmulatorRoutes.EditOriginalResponse or EmulatorRoutes.CreateFollowUp => true,
        EmulatorRoutes.InteractionCallback => request.Body?["type"]?.GetValue<int>() is 4 or 7,
        _ => false,
    };
}
