using Microsoft.Extensions.DependencyInjection;
using NewsBot.Bot.Rendering;
using NewsBot.Core.Indexing;
using NewsBot.Discord.Emulator;

namespace NewsBot.Tests.Bot.EndToEnd;

[Collection(BotCollection.Name)]
public sealed class AdminCommandTests(BotFixture fixture)
{
    private const int Ephemeral = 64;
    private readonly DiscordEmulator _emulator = fixture.Emulator;

    [Fact]
    public async Task Reindex_ByOrdinaryMember_IsRefusedAndNothingIsRebuilt()
    {
        var index = (await fixture.Bot.Services).GetRequiredService<IIndexMaintainer>();
        var before = index.Status;
        var member = _emulator.AddUser("ordinary-member");

        var reindex = await _emulator.InjectSlashCommandAsync("reindex", invoker: new InteractionInvoker { UserId = member.Id, Permissions = DiscordPermissions.DefaultMember });
        var answered = await _emulator.WaitForAnswerAsync(reindex);

        Assert.Equal(AdminRenderer.Refusal, EmulatorWaits.Content(answered));
        Assert.Equal(Ephemeral, EmulatorWaits.Flags(answered.CallbackData) & Ephemeral);
        Assert.False(index.IsRebuilding);
        Assert.Equal(before, index.Status);
    }

    [Fact]
    public async Task Status_ByOrdinaryMember_IsRefused()
    {
        var status = await _emulator.InjectSlashCommandAsync("status", invoker: new InteractionInvoker { UserId = _emulator.AddUser("curious").Id, Permissions = DiscordPermissions.DefaultMember });

        Assert.Equal(AdminRenderer.Refusal, EmulatorWaits.Content(await _emulator.WaitForAnswerAsync(status)));
    }

    [Fact]
    public async Task Status_ByConfiguredAdmin_ShowsIndexAndShards()
    {
        var status = await _emulator.InjectSlashCommandAsync("status", invoker: new InteractionInvoker { UserId = fixture.ConfiguredAdmin.Id, Permissions = DiscordPermissions.DefaultMember });

        var content = EmulatorWaits.Content(await _emulator.WaitForAnswerAsync(status))!;

        Assert.Matches(@"Articles: \d+ · passages: \d+", content);
        Assert.Contains("Shards: #0 Ready", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_ByAdmin_ReportsProgressAndSummaryWhileQuestionsAreAnswered()
    {
        var index = (await fixture.Bot.Services).GetRequiredService<IIndexMaintainer>();
        var builtBefore = index.Status.BuiltAt;
        var admin = new InteractionInvoker { Permissions = DiscordPermissions.ManageGuild | DiscordPermissions.DefaultMember };

        var reindex = await _emulator.InjectSlashCommandAsync("reindex", invoker: admin);
        var second = await _emulator.InjectSlashCommandAsync("reindex", invoker: new InteractionInvoker { UserId = fixture.ConfiguredAdmin.Id });
        var question = await _emulator.InjectSlashCommandAsync("ask",
            [InteractionOption.String("question", "Which firm reported the attacks on Macron's campaign?")], new InteractionInvoker { UserId = _emulator.AddUser("reader").Id });

        var refused = await _emulator.WaitForAnswerAsync(second);
        Assert.Equal(AdminRenderer.AlreadyRunning, EmulatorWaits.Content(refused));
        Assert.Equal(Ephemeral, EmulatorWaits.Flags(refused.CallbackData) & Ephemeral);
        await _emulator.WaitForAnswerAsync(question, content => content.Contains("Trend Micro", StringComparison.Ordinal));

        var finished = await _emulator.WaitForAnswerAsync(reindex, content => content.StartsWith("Reindex finished", StringComparison.Ordinal));
        Assert.Equal(5, finished.CallbackType);
        Assert.StartsWith("Rebuilding the index…", finished.OriginalEdits[0]["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Matches(@"^Reindex finished in [\d.]+ s: \d+ articles, \d+ passages\.", EmulatorWaits.Content(finished));
        Assert.NotEqual(builtBefore, index.Status.BuiltAt);
        Assert.False(index.IsRebuilding);
    }
}
