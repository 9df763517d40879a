using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Bot.Commands;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Models;
using NewsBot.Tests.Bot.Support.Fakes;

namespace NewsBot.Tests.Bot.Commands;

public sealed class InteractionRepliesTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly RecordingRestClient _rest;
    private readonly InteractionReplies _replies;

    public InteractionRepliesTests()
    {
        _rest = new RecordingRestClient(_time);
        _replies = new InteractionReplies(_rest, _time, NullLogger<InteractionReplies>.Instance);
    }

    [Fact]
    public async Task ReplyAsync_FastResult_IsTheResponseItself()
    {
        await _replies.ReplyAsync(Interaction, () => MessagePayload.Text("answer"), ephemeral: false, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        var call = Assert.Single(_rest.Calls);
        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, call.Response!.Type);
        Assert.Equal("answer", call.Payload!.Content);
    }

    [Fact]
    public async Task ReplyAsync_SlowResult_DefersAfterTheWindowThenEditsTheOriginal()
    {
        using var release = new ManualResetEventSlim();
        var reply = _replies.ReplyAsync(Interaction, () =>
        {
            release.Wait(TimeSpan.FromSeconds(10));
            return MessagePayload.Text("late answer");
        }, ephemeral: true, CancellationToken.None);

        // ReplyAsync starts its 1.5 s timer on the fake clock before its first await, so advancing now fires it.
        Assert.Empty(_rest.Calls);
        _time.Advance(InteractionReplies.DirectAnswerWindow);
        await _rest.WaitForAsync(calls => calls.Count == 1, "the defer");
        release.Set();
        await reply.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, _rest.Calls[0].Response!.Type);
        Assert.True(_rest.Calls[0].Response!.Ephemeral);
        Assert.Equal(("edit-original", "late answer"), (_rest.Calls[1].Kind, _rest.Calls[1].Payload!.Content));
    }

    [Fact]
    public async Task ReplyAsync_FailingWork_AnswersWithAnEphemeralApology()
    {
        await _replies.ReplyAsync(Interaction, () => throw new InvalidOperationException("boom"), ephemeral: false, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10));

        var call = Assert.Single(_rest.Calls);
        Assert.True(call.Response!.Ephemeral);
        Assert.Equal(InteractionReplies.FailureMessage, call.Payload!.Content);
    }

    private static DiscordInteraction Interaction => new() { Id = 1, ApplicationId = 2, Type = InteractionType.ApplicationCommand, Token = "token" };
}
