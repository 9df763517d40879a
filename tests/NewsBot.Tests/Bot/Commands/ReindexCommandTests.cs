using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Bot;
using NewsBot.Bot.Commands;
using NewsBot.Bot.Rendering;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Models;
using NewsBot.Tests.Bot.Support.Fakes;

namespace NewsBot.Tests.Bot.Commands;

public sealed class ReindexCommandTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly ControlledIndexMaintainer _index = new();
    private readonly RecordingRestClient _rest;
    private readonly ReindexCommand _command;

    public ReindexCommandTests()
    {
        _rest = new RecordingRestClient(_time);
        _command = new ReindexCommand(_index, Options.Create(new BotOptions()), new InteractionReplies(_rest, _time, NullLogger<InteractionReplies>.Instance),
            _rest, _time, NullLogger<ReindexCommand>.Instance);
    }

    [Fact]
    public async Task Begin_Admin_DefersThenEditsProgressAtMostEveryTwoSecondsThenTheSummary()
    {
        var run = _command.Begin(Interaction(AdminAccess.ManageGuild))(CancellationToken.None);
        var progress = await _index.Started.WaitAsync(TimeSpan.FromSeconds(10));
        await _rest.WaitForAsync(calls => calls.Any(c => c.Response?.Type == InteractionCallbackType.DeferredChannelMessageWithSource), "the defer");

        progress.Report(new IndexBuildProgress(1, 10, 1));
        await _rest.WaitForAsync(calls => calls.Count(c => c.Kind == "edit-original") == 1, "the first progress edit");
        progress.Report(new IndexBuildProgress(5, 10, 5));
        await Task.Delay(200); // give a too-eager implementation the chance to edit early
        Assert.Single(_rest.Edits);

        _time.Advance(ReindexCommand.ProgressInterval);
        await _rest.WaitForAsync(calls => calls.Count(c => c.Kind == "edit-original") == 2, "the second progress edit");
        _index.Finish(new IndexBuildReport(true, null, 10, 120, [new SkippedFile("/a/bad.bin", "binary content")], TimeSpan.FromSeconds(3)));
        await run.WaitAsync(TimeSpan.FromSeconds(10));

        var edits = _rest.Edits;
        Assert.Equal(3, edits.Count);
        Assert.StartsWith("Rebuilding the index… 1 of 10 files read, 1 article indexed", edits[0].Payload!.Content, StringComparison.Ordinal);
        Assert.StartsWith("Rebuilding the index… 5 of 10 files read, 5 articles indexed", edits[1].Payload!.Content, StringComparison.Ordinal);
        Assert.True(edits[1].At - edits[0].At >= ReindexCommand.ProgressInterval);
        Assert.Equal("Reindex finished in 3.0 s: 10 articles, 120 passages.\nSkipped 1 file:\n- bad.bin: binary content", edits[2].Payload!.Content);
    }

    [Fact]
    public async Task Begin_FailedBuild_SaysWhyAndThatTheOldIndexServes()
    {
        var run = _command.Begin(Interaction(AdminAccess.Administrator))(CancellationToken.None);
        await _index.Started.WaitAsync(TimeSpan.FromSeconds(10));

        _index.Finish(new IndexBuildReport(false, "could not write the index: disk full", 0, 0, [], TimeSpan.FromSeconds(1)));
        await run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("Reindex failed: could not write the index: disk full. The previous index is still serving.", _rest.Edits[^1].Payload!.Content);
    }

    [Fact]
    public async Task Begin_BuildOutlastingTheReplysEditWindow_HandsOverAndPostsTheSummaryInTheChannel()
    {
        var run = _command.Begin(Interaction(AdminAccess.ManageGuild) with { ChannelId = 5 })(CancellationToken.None);
        var progress = await _index.Started.WaitAsync(TimeSpan.FromSeconds(10));
        progress.Report(new IndexBuildProgress(1, 10, 1));
        await _rest.WaitForAsync(calls => calls.Count(c => c.Kind == "edit-original") == 1, "the first progress edit");

        // No progress for 14 minutes (a long merge): the reply is edited once more, before Discord stops taking edits.
        _time.Advance(ReindexCommand.ReplyEditWindow);
        await _rest.WaitForAsync(calls => calls.Count(c => c.Kind == "edit-original") == 2, "the hand-over edit");
        progress.Report(new IndexBuildProgress(9, 10, 9));
        _time.Advance(TimeSpan.FromMinutes(5));
        await Task.Delay(200); // give an implementation that keeps editing the chance to
        _index.Finish(new IndexBuildReport(true, null, 10, 120, [], TimeSpan.FromMinutes(19)));
        await run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, _rest.Edits.Count);
        Assert.Contains("the summary will be posted in this channel", _rest.Edits[1].Payload!.Content, StringComparison.Ordinal);
        Assert.True(_rest.Edits[1].At - _rest.Calls[0].At < TimeSpan.FromMinutes(15));
        var posted = Assert.Single(_rest.Calls, c => c.Kind == "create-message");
        Assert.Equal("Reindex finished in 19 min 0 s: 10 articles, 120 passages.", posted.Payload!.Content);
    }

    [Fact]
    public async Task Begin_NonAdmin_IsRefusedEphemerallyAndNothingRuns()
    {
        await _command.Begin(Interaction(permissions: 1UL << 11))(CancellationToken.None);

        var call = Assert.Single(_rest.Calls);
        Assert.True(call.Response!.Ephemeral);
        Assert.Equal(AdminRenderer.Refusal, call.Payload!.Content);
        Assert.Equal(0, _index.Rebuilds);
    }

    [Fact]
    public async Task Begin_WhileOneRuns_TellsTheSecondCallerWithoutStartingAnother()
    {
        var first = _command.Begin(Interaction(AdminAccess.ManageGuild))(CancellationToken.None);
        await _index.Started.WaitAsync(TimeSpan.FromSeconds(10));

        await _command.Begin(Interaction(AdminAccess.ManageGuild))(CancellationToken.None);
        _index.Finish(new IndexBuildReport(true, null, 1, 1, [], TimeSpan.Zero));
        await first.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Contains(_rest.Calls, c => c.Payload?.Content == AdminRenderer.AlreadyRunning && c.Response!.Ephemeral);
        Assert.Equal(1, _index.Rebuilds);
    }

    private static DiscordInteraction Interaction(ulong permissions) => new()
    {
        Id = 1,
        ApplicationId = 2,
        Type = InteractionType.ApplicationCommand,
        Token = "token",
        GuildId = 3,
        Data = new InteractionData { Name = "reindex" },
        Member = new DiscordGuildMember { User = new DiscordUser(4, "user"), Permissions = permissions },
    };
}
