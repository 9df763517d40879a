using System.Text.Json.Nodes;
using NewsBot.Bot.Commands;
using NewsBot.Discord.Emulator;
using NewsBot.Tests.Bot.Rendering;

namespace NewsBot.Tests.Bot.EndToEnd;

[Collection(BotCollection.Name)]
public sealed class InteractionTests(BotFixture fixture)
{
    private const int Ephemeral = 64;
    private readonly DiscordEmulator _emulator = fixture.Emulator;

    [Fact]
    public async Task Startup_RegistersTheCommandsInTheConfiguredGuild()
    {
        var put = await _emulator.WaitForAsync(
            e => e.RequestsTo(EmulatorRoutes.OverwriteGuildCommands).FirstOrDefault(r => r.StatusCode == 200), BotFixture.Timeout, "the command registration");

        var names = put.Body!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["ask", "search", "article", "sources", "help", "reindex", "status", "Ask NewsBot"], names);
        var reindex = put.Body.AsArray().Single(c => c!["name"]!.GetValue<string>() == "reindex")!;
        Assert.Equal("32", reindex["default_member_permissions"]!.GetValue<string>());
        Assert.Equal(3, put.Body.AsArray().Single(c => c!["name"]!.GetValue<string>() == "Ask NewsBot")!["type"]!.GetValue<int>());
    }

    [Fact]
    public async Task Ask_Question_IsAnsweredWithinTheDeadlineWithTheQuote()
    {
        var ask = await _emulator.InjectSlashCommandAsync("ask", [InteractionOption.String("question", "Which firm reported the attacks on Macron's campaign?")]);

        var answered = await _emulator.WaitForAnswerAsync(ask, content => content.Contains("Trend Micro", StringComparison.Ordinal));

        // The emulator refuses callbacks after 3 s (10062), so an acknowledged interaction met the deadline.
        Assert.Contains(answered.CallbackType, new int?[] { 4, 5 });
        Assert.NotEqual(Ephemeral, EmulatorWaits.Flags(answered.CallbackData) & Ephemeral);
        MarkdownAssert.FitsInOneMessage(EmulatorWaits.Content(answered)!);
    }

    [Fact]
    public async Task Ask_Private_IsEphemeral()
    {
        var ask = await _emulator.InjectSlashCommandAsync("ask",
            [InteractionOption.String("question", "Which firm reported the attacks on Macron's campaign?"), new InteractionOption("private", 5, true)]);

        var answered = await _emulator.WaitForAnswerAsync(ask, content => content.Contains("Trend Micro", StringComparison.Ordinal));

        Assert.Equal(Ephemeral, EmulatorWaits.Flags(answered.CallbackData) & Ephemeral);
        Assert.True(answered.Original?.IsEphemeral ?? true);
    }

    [Fact]
    public async Task Ask_SeveralAtOnce_AreAllAcknowledgedInTime()
    {
        var asks = new List<InjectedInteraction>();
        for (var i = 0; i < 6; i++)
        {
            asks.Add(await _emulator.InjectSlashCommandAsync("ask", [InteractionOption.String("question", "Which firm reported the attacks on Macron's campaign?")]));
        }

        foreach (var ask in asks)
        {
            var answered = await _emulator.WaitForAnswerAsync(ask, content => content.Contains("Trend Micro", StringComparison.Ordinal));
            Assert.True(answered.AcknowledgedAt is not null);
        }
    }

    [Fact]
    public async Task AskNewsBot_MessageCommand_AnswersThatMessagesText()
    {
        var channel = _emulator.AddTextChannel(_emulator.Guild.Id, "message-command-test");
        var target = await _emulator.InjectMessageAsync("Which firm reported the attacks on Macron's campaign?", new MessageInjection { ChannelId = channel.Id });

        var command = await _emulator.InjectMessageCommandAsync(BotCommands.AskMessage, target.Id, new InteractionInvoker { ChannelId = channel.Id });
        var answered = await _emulator.WaitForAnswerAsync(command, content => content.Contains("Trend Micro", StringComparison.Ordinal));

        Assert.Contains(answered.CallbackType, new int?[] { 4, 5 });
    }

    [Fact]
    public async Task Article_Autocomplete_SuggestsAtMost25TitlesWithIds()
    {
        var typing = await _emulator.InjectAutocompleteAsync("article", [InteractionOption.String("title", "light", focused: true)]);

        var answered = await _emulator.WaitForInteractionResponseAsync(typing.Id, BotFixture.Timeout);

        Assert.Equal(8, answered.CallbackType);
        var choices = answered.CallbackData!["choices"]!.AsArray();
        Assert.InRange(choices.Count, 1, 25);
        Assert.All(choices, c => Assert.InRange(c!["name"]!.GetValue<string>().Length, 1, 100));
        Assert.Contains(choices, c => c!["name"]!.GetValue<string>().StartsWith("Lighthouse keeper story", StringComparison.Ordinal));
        Assert.Contains(choices, c => c!["value"]!.GetValue<string>() == "lighthouse-1");
    }

    [Fact]
    public async Task Article_ChosenSuggestion_ShowsTitleAndFirstParagraph()
    {
        var show = await _emulator.InjectSlashCommandAsync("article", [InteractionOption.String("title", "lighthouse-3")]);

        var answered = await _emulator.WaitForAnswerAsync(show);

        Assert.Contains("**Lighthouse keeper story 3**", EmulatorWaits.Content(answered), StringComparison.Ordinal);
        Assert.Contains("> The lighthouse on island 3", EmulatorWaits.Content(answered), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_UnknownTitle_GetsAnEphemeralHint()
    {
        var show = await _emulator.InjectSlashCommandAsync("article", [InteractionOption.String("title", "qqqqzzzz xyzzy")]);

        var answered = await _emulator.WaitForAnswerAsync(show);

        Assert.StartsWith("No article matches", EmulatorWaits.Content(answered), StringComparison.Ordinal);
        Assert.Equal(Ephemeral, EmulatorWaits.Flags(answered.CallbackData) & Ephemeral);
    }

    [Fact]
    public async Task Search_PagingButtons_MoveBetweenPagesForAnyone()
    {
        var channel = _emulator.AddTextChannel(_emulator.Guild.Id, "search-test");
        var search = await _emulator.InjectSlashCommandAsync("search", [InteractionOption.String("query", TestArticles.PagingQuery)], new InteractionInvoker { ChannelId = channel.Id });
        var first = await _emulator.WaitForAnswerAsync(search);
        var message = first.Original!;
        Assert.Contains("Page 1 of 2", message.Content, StringComparison.Ordinal);
        var buttons = Buttons(message.Json);
        Assert.True(buttons[0]["disabled"]?.GetValue<bool>() ?? false);

        var someoneElse = _emulator.AddUser("another-reader");
        var next = await _emulator.InjectComponentInteractionAsync(message.Id, buttons[1]["custom_id"]!.GetValue<string>(), invoker: new InteractionInvoker { UserId = someoneElse.Id, ChannelId = channel.Id });
        var updated = await _emulator.WaitForInteractionResponseAsync(next.Id, BotFixture.Timeout);

        Assert.Equal(7, updated.CallbackType);
        Assert.Contains("Page 2 of 2", updated.CallbackData!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        var pageTwo = await _emulator.WaitForAsync(e => e.GetMessage(message.Id) is { EditCount: > 0 } edited ? edited : null, BotFixture.Timeout, "the edited search message");
        var newButtons = Buttons(pageTwo.Json);
        Assert.False(newButtons[0]["disabled"]?.GetValue<bool>() ?? false);
        Assert.True(newButtons[1]["disabled"]?.GetValue<bool>() ?? false);
    }

    [Fact]
    public async Task Search_QueryTooLongForACustomId_IsReadBackFromTheMessageOnClick()
    {
        var channel = _emulator.AddTextChannel(_emulator.Guild.Id, "long-search-test");
        var query = TestArticles.PagingQuery + " keeper island lamp " + string.Join(' ', Enumerable.Repeat("repaired", 12));
        var search = await _emulator.InjectSlashCommandAsync("search", [InteractionOption.String("query", query)], new InteractionInvoker { ChannelId = channel.Id });
        var message = (await _emulator.WaitForAnswerAsync(search)).Original!;
        var nextId = Buttons(message.Json)[1]["custom_id"]!.GetValue<string>();
        Assert.Contains(":h:", nextId, StringComparison.Ordinal);

        var next = await _emulator.InjectComponentInteractionAsync(message.Id, nextId, invoker: new InteractionInvoker { ChannelId = channel.Id });
        var updated = await _emulator.WaitForInteractionResponseAsync(next.Id, BotFixture.Timeout);

        Assert.Equal(7, updated.CallbackType);
        Assert.StartsWith("Search: " + query + "\nPage 2 of 2", updated.CallbackData!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_ListsTheIndexedArticles()
    {
        var sources = await _emulator.InjectSlashCommandAsync("sources");

        var answered = await _emulator.WaitForAnswerAsync(sources);

        Assert.Matches(@"^\d+ articles indexed · page 1 of \d+", EmulatorWaits.Content(answered));
    }

    [Fact]
    public async Task Help_IsShownToTheCallerOnly()
    {
        var help = await _emulator.InjectSlashCommandAsync("help");

        var answered = await _emulator.WaitForAnswerAsync(help);

        Assert.Contains("/ask", EmulatorWaits.Content(answered), StringComparison.Ordinal);
        Assert.Equal(Ephemeral, EmulatorWaits.Flags(answered.CallbackData) & Ephemeral);
    }

    private static List<JsonNode> Buttons(JsonObject message) =>
        [.. message["components"]![0]!["components"]!.AsArray().Select(b => b!)];
}
