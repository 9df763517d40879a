using NewsBot.Discord.Commands;
using NewsBot.Discord.Emulator;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Tests.Integration;

/// <summary>The real client and REST client against the emulator: events in, replies and interaction responses out.</summary>
public sealed class MessagingIntegrationTests
{
    [Fact]
    public async Task Mention_InAGuild_BotRepliesPingingNobodyAndReferencingTheQuestion()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.Bot.NextAsync<DiscordReadyEvent>();

        var question = await harness.Discord.InjectMentionAsync("@everyone who won the election?");
        var reply = await harness.Discord.WaitForBotMessageAsync(harness.Discord.Channel.Id, EmulatorHarness.Patience);

        Assert.Contains("who won the election?", reply.Content, StringComparison.Ordinal);
        Assert.Equal("[]", reply.AllowedMentions!["parse"]!.ToJsonString());
        Assert.False(reply.PingsEveryone);
        Assert.Empty(reply.PingedUserIds);
        Assert.Equal(question.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), reply.Json["message_reference"]!["message_id"]!.GetValue<string>());
        // The bot sees its own reply come back as MESSAGE_CREATE and does not answer it.
        await harness.Bot.NextAsync<DiscordMessage>(m => m.Author.Id == harness.Discord.BotUserId);
        Assert.Single(harness.Discord.GetBotMessages(harness.Discord.Channel.Id));
    }

    [Fact]
    public async Task DirectMessage_Received_HasNoGuildAndGetsAReply()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.Bot.NextAsync<DiscordReadyEvent>();

        var dm = await harness.Discord.InjectDirectMessageAsync("help");
        var received = await harness.Bot.NextAsync<DiscordMessage>(m => m.Id == dm.Id);
        var reply = await harness.Discord.WaitForBotMessageAsync(dm.ChannelId, EmulatorHarness.Patience);

        Assert.Null(received.GuildId);
        Assert.Equal("help", received.Content);
        Assert.Contains("help", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlashCommand_Deferred_EditsTheOriginalAndSendsAnEphemeralFollowUp()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.Bot.NextAsync<DiscordReadyEvent>();

        var ask = await harness.Discord.InjectSlashCommandAsync("ask", [InteractionOption.String("question", "who won?")],
            new InteractionInvoker { Permissions = DiscordPermissions.ManageGuild });
        var received = await harness.Bot.NextAsync<DiscordInteraction>(i => i.Id == ask.Id);
        await harness.WaitForAsync(d => d.GetInteraction(ask.Id).FollowUps.Count == 1, "the follow-up");
        var answered = harness.Discord.GetInteraction(ask.Id);

        Assert.Equal(DiscordPermissions.ManageGuild, received.Member!.Permissions!.Value & DiscordPermissions.ManageGuild);
        Assert.Equal(5, answered.CallbackType);
        Assert.Equal("Answer to: who won? @everyone", answered.Original!.Content);
        Assert.False(answered.Original.PingsEveryone);
        Assert.True(answered.FollowUps[0].IsEphemeral);
    }

    [Fact]
    public async Task Autocomplete_Typing_GetsChoices()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.Bot.NextAsync<DiscordReadyEvent>();

        var typing = await harness.Discord.InjectAutocompleteAsync("ask", [InteractionOption.String("question", "ele", focused: true)]);
        var answered = await harness.Discord.WaitForInteractionResponseAsync(typing.Id, EmulatorHarness.Patience);

        Assert.Equal(8, answered.CallbackType);
        var choices = answered.CallbackData!["choices"]!.AsArray();
        Assert.Equal("ele (news)", choices[0]!["name"]!.GetValue<string>());
        Assert.Equal(2, choices.Count);
    }

    [Fact]
    public async Task MessageCommand_OnAMessage_AnswersEphemerallyAboutTheResolvedTarget()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.Bot.NextAsync<DiscordReadyEvent>();
        var target = await harness.Discord.InjectMessageAsync("The vote is on Sunday.");
        await harness.Discord.WaitForBotMessageAsync(harness.Discord.Channel.Id, EmulatorHarness.Patience);

        var command = await harness.Discord.InjectMessageCommandAsync("Ask about this", target.Id);
        var answered = await harness.Discord.WaitForInteractionResponseAsync(command.Id, EmulatorHarness.Patience);

        Assert.Equal(4, answered.CallbackType);
        Assert.Equal("About: The vote is on Sunday.", answered.Original!.Content);
        Assert.True(answered.Original.IsEphemeral);
    }

    [Fact]
    public async Task ButtonClick_OnTheBotsReply_UpdatesThatMessage()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.Bot.NextAsync<DiscordReadyEvent>();
        await harness.Discord.InjectMentionAsync("news?");
        var reply = await harness.Discord.WaitForBotMessageAsync(harness.Discord.Channel.Id, EmulatorHarness.Patience);

        var click = await harness.Discord.InjectComponentInteractionAsync(reply.Id, "more");
        var answered = await harness.Discord.WaitForInteractionResponseAsync(click.Id, EmulatorHarness.Patience);

        Assert.Equal(7, answered.CallbackType);
        await harness.WaitForAsync(d => d.GetMessage(reply.Id)?.Content == "Clicked more", "the updated message");
    }

    [Fact]
    public async Task SyncGuildCommandsAsync_RunTwice_RegistersOnceThenLeavesThemAlone()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        ApplicationCommand[] commands =
        [
            new()
            {
                Name = "ask",
                Description = "Ask the news a question",
                Options = [new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "question", Description = "Your question", Required = true, Autocomplete = true }],
            },
            new() { Type = ApplicationCommandType.Message, Name = "Ask about this" },
        ];
        var guildId = harness.Discord.Guild.Id;

        var first = await harness.Rest.SyncGuildCommandsAsync(harness.Discord.ApplicationId, guildId, commands, CancellationToken.None);
        var second = await harness.Rest.SyncGuildCommandsAsync(harness.Discord.ApplicationId, guildId, commands, CancellationToken.None);

        Assert.True(first.Changed);
        Assert.False(second.Changed);
        Assert.All(second.Commands, c => Assert.NotNull(c.Id));
        Assert.Single(harness.Discord.RequestsTo(EmulatorRoutes.OverwriteGuildCommands));
        Assert.Equal(2, harness.Discord.GetCommands(guildId).Count);
    }

    [Fact]
    public async Task RestCalls_CurrentUserApplicationTypingAndDm_Succeed()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var user = await harness.Rest.GetCurrentUserAsync(CancellationToken.None);
        var application = await harness.Rest.GetCurrentApplicationAsync(CancellationToken.None);
        await harness.Rest.TriggerTypingAsync(harness.Discord.Channel.Id, CancellationToken.None);
        var dm = await harness.Rest.CreateDmChannelAsync(harness.Discord.User.Id, CancellationToken.None);
        var sent = await harness.Rest.CreateMessageAsync(dm.Id, NewsBot.Discord.Messages.MessagePayload.Text("hello in private"), CancellationToken.None);

        Assert.Equal(harness.Discord.BotUserId, user.Id);
        Assert.Equal(harness.Discord.ApplicationId, application.Id);
        Assert.Equal(1, dm.Type);
        Assert.Equal("hello in private", harness.Discord.GetMessage(sent.Id)!.Content);
        Assert.All(harness.Discord.Requests, r => Assert.True(r.HadValidBotToken || r.RouteKey.StartsWith("POST interactions", StringComparison.Ordinal)));
    }
}
