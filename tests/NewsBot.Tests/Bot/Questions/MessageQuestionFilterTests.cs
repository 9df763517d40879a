using NewsBot.Bot.Questions;
using NewsBot.Discord.Models;

namespace NewsBot.Tests.Bot.Questions;

public sealed class MessageQuestionFilterTests
{
    private const ulong BotId = 900;
    private const ulong AskChannel = 55;

    [Theory]
    [InlineData("<@900> Who hacked Macron?")]
    [InlineData("Who hacked <@!900> Macron?")]
    public void Classify_Mention_StripsTheBotsMention(string content)
    {
        var question = MessageQuestionFilter.Classify(Message(content, mentions: [Bot]), BotId, []);

        Assert.NotNull(question);
        Assert.Equal("Who hacked", question.Text[..10]);
        Assert.DoesNotContain("<@", question.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_DirectMessage_IsAQuestion() =>
        Assert.Equal("Who hacked Macron?", MessageQuestionFilter.Classify(Message("Who hacked Macron?") with { GuildId = null }, BotId, [])?.Text);

    [Fact]
    public void Classify_AskChannel_IsAQuestionWithoutMention() =>
        Assert.NotNull(MessageQuestionFilter.Classify(Message("Who hacked Macron?", channelId: AskChannel), BotId, [AskChannel]));

    [Fact]
    public void Classify_OrdinaryGuildMessage_IsIgnored() =>
        Assert.Null(MessageQuestionFilter.Classify(Message("Who hacked Macron?"), BotId, [AskChannel]));

    [Fact]
    public void Classify_MentionOnly_IsAnEmptyQuestionForAHint()
    {
        var question = MessageQuestionFilter.Classify(Message("<@900>", mentions: [Bot]), BotId, []);

        Assert.NotNull(question);
        Assert.True(question.IsEmpty);
    }

    [Fact]
    public void Classify_EmptyMessageInAskChannel_IsIgnored() =>
        Assert.Null(MessageQuestionFilter.Classify(Message("", channelId: AskChannel), BotId, [AskChannel]));

    [Fact]
    public void Classify_OtherBot_IsIgnored() =>
        Assert.Null(MessageQuestionFilter.Classify(Message("<@900> hi", mentions: [Bot]) with { Author = new DiscordUser(7, "otherbot", Bot: true) }, BotId, []));

    [Fact]
    public void Classify_Webhook_IsIgnored() =>
        Assert.Null(MessageQuestionFilter.Classify(Message("<@900> hi", mentions: [Bot]) with { WebhookId = 77 }, BotId, []));

    [Fact]
    public void Classify_ItsOwnMessage_IsIgnored() =>
        Assert.Null(MessageQuestionFilter.Classify(Message("<@900> hi", mentions: [Bot]) with { Author = Bot, GuildId = null }, BotId, []));

    [Fact]
    public void Classify_SystemMessageType_IsIgnored() =>
        Assert.Null(MessageQuestionFilter.Classify(Message("<@900> hi", mentions: [Bot]) with { Type = (DiscordMessageType)7 }, BotId, []));

    private static DiscordUser Bot => new(BotId, "NewsBot", Bot: true);

    private static DiscordMessage Message(string content, ulong channelId = 10, DiscordUser[]? mentions = null) => new()
    {
        Id = 1,
        ChannelId = channelId,
        GuildId = 20,
        Author = new DiscordUser(30, "asker"),
        Content = content,
        Mentions = mentions ?? [],
    };
}
