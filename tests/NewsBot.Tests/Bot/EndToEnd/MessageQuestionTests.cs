using NewsBot.Discord.Emulator;
using NewsBot.Tests.Bot.Rendering;

namespace NewsBot.Tests.Bot.EndToEnd;

[Collection(BotCollection.Name)]
public sealed class MessageQuestionTests(BotFixture fixture)
{
    private readonly DiscordEmulator _emulator = fixture.Emulator;

    [Fact]
    public async Task Mention_Question_RepliesWithTheTrendMicroQuoteWithoutPinging()
    {
        var channel = _emulator.AddTextChannel(_emulator.Guild.Id, "mention-test");

        var asked = await _emulator.InjectMentionAsync("Which firm reported the attacks on Macron's campaign?", new MessageInjection { ChannelId = channel.Id });
        var reply = await _emulator.WaitForReplyAsync(asked);

        Assert.Contains("Trend Micro", reply.Content, StringComparison.Ordinal);
        Assert.Contains("— A cybersecurity group thinks Russia is trying to hack the French election", reply.Content, StringComparison.Ordinal);
        Assert.StartsWith("> ", reply.Content, StringComparison.Ordinal);
        Assert.Empty(reply.PingedUserIds);
        Assert.False(reply.PingsEveryone);
        Assert.Empty(reply.AllowedMentions!["parse"]!.AsArray());
        Assert.False(reply.AllowedMentions["replied_user"]!.GetValue<bool>());
        Assert.Contains(_emulator.RequestsTo(EmulatorRoutes.TriggerTyping), r => r.Path.Contains(channel.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public async Task DirectMessage_Question_IsAnswered()
    {
        var user = _emulator.AddUser("dm-asker");

        var asked = await _emulator.InjectDirectMessageAsync("Which firm reported the attacks on Macron's campaign?", user.Id);
        var reply = await _emulator.WaitForReplyAsync(asked);

        Assert.Contains("Trend Micro", reply.Content, StringComparison.Ordinal);
        Assert.Null(reply.GuildId);
    }

    [Fact]
    public async Task AskChannel_PlainMessage_IsAnswered()
    {
        var asked = await _emulator.InjectMessageAsync("Which firm reported the attacks on Macron's campaign?", new MessageInjection { ChannelId = fixture.AskChannel.Id });

        Assert.Contains("Trend Micro", (await _emulator.WaitForReplyAsync(asked)).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotAuthoredMessage_IsIgnored()
    {
        var channel = _emulator.AddTextChannel(_emulator.Guild.Id, "bots-test");
        var otherBot = _emulator.AddUser("other-bot", isBot: true);

        var fromBot = await _emulator.InjectMentionAsync("Which firm reported the attacks on Macron's campaign?", new MessageInjection { ChannelId = channel.Id, AuthorId = otherBot.Id });
        var plain = await _emulator.InjectMessageAsync("Which firm reported the attacks?", new MessageInjection { ChannelId = channel.Id });
        var fromHuman = await _emulator.InjectMentionAsync("Which firm reported the attacks on Macron's campaign?", new MessageInjection { ChannelId = channel.Id });
        await _emulator.WaitForReplyAsync(fromHuman);

        // Events of one channel are handled in order: once the later human question is answered, the earlier ones were seen.
        var botMessages = _emulator.GetBotMessages(channel.Id);
        Assert.Single(botMessages);
        Assert.DoesNotContain(botMessages, m => EmulatorWaits.RepliesTo(m, fromBot.Id) || EmulatorWaits.RepliesTo(m, plain.Id));
    }

    [Fact]
    public async Task MentionOnly_GetsAOneLineHint()
    {
        var channel = _emulator.AddTextChannel(_emulator.Guild.Id, "hint-test");

        var asked = await _emulator.InjectMentionAsync("", new MessageInjection { ChannelId = channel.Id });
        var reply = await _emulator.WaitForReplyAsync(asked);

        Assert.StartsWith("Ask me a question", reply.Content, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', reply.Content);
    }

    [Fact]
    public async Task ArticleWithEveryoneAndUserMentions_PingsNoOne()
    {
        var channel = _emulator.AddTextChannel(_emulator.Guild.Id, "ping-test");

        var asked = await _emulator.InjectMentionAsync(TestArticles.PingQuestion, new MessageInjection { ChannelId = channel.Id });
        var reply = await _emulator.WaitForReplyAsync(asked);

        Assert.Contains("quokka", reply.Content, StringComparison.Ordinal);
        Assert.Contains("everyone", reply.Content, StringComparison.Ordinal);
        MarkdownAssert.PingsNobody(reply.Content);
        Assert.Empty(reply.PingedUserIds);
        Assert.Empty(reply.PingedRoleIds);
        Assert.False(reply.PingsEveryone);
        Assert.Empty(reply.AllowedMentions!["parse"]!.AsArray());
    }

    [Fact]
    public async Task QuestionWithALongBestAnswer_FitsDiscordsLimits()
    {
        var channel = _emulator.AddTextChannel(_emulator.Guild.Id, "long-test");

        var asked = await _emulator.InjectMentionAsync(TestArticles.LongQuestion, new MessageInjection { ChannelId = channel.Id });
        var reply = await _emulator.WaitForReplyAsync(asked);

        Assert.Contains("zephyrine", reply.Content, StringComparison.Ordinal);
        Assert.Contains("left out to fit Discord's message limit", reply.Content, StringComparison.Ordinal);
        MarkdownAssert.FitsInOneMessage(reply.Content);
        MarkdownAssert.BoldIsBalancedOnEveryLine(reply.Content);
    }
}
