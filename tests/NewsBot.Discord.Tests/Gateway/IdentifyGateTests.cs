using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Models;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class IdentifyGateTests
{
    [Fact]
    public async Task WaitTurnAsync_MaxConcurrencyTwo_LetsTwoShardsGoTogetherThenTheNextPairOneSlotLater()
    {
        var time = new ObservedTimeProvider();
        var gate = new IdentifyGate(time, new SessionStartLimit(1000, 1000, 0, MaxConcurrency: 2), NullLogger.Instance);
        var start = time.GetUtcNow();

        await gate.WaitTurnAsync(0, CancellationToken.None);
        await gate.WaitTurnAsync(1, CancellationToken.None);
        var third = gate.WaitTurnAsync(2, CancellationToken.None);
        await time.WaitForTimerAsync(start + IdentifyGate.Spacing);
        Assert.False(third.IsCompleted);
        time.Advance(IdentifyGate.Spacing);

        await third.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task WaitToSendAsync_PreviousIdentifySentLate_KeepsASlotBetweenActualSends()
    {
        var time = new ObservedTimeProvider();
        var gate = new IdentifyGate(time, new SessionStartLimit(1000, 1000, 0, MaxConcurrency: 1), NullLogger.Instance);
        var start = time.GetUtcNow();

        // The first shard's connection took 2 s before its IDENTIFY went out.
        time.Advance(TimeSpan.FromSeconds(2));
        await gate.WaitToSendAsync(0, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(4));
        var second = gate.WaitToSendAsync(1, CancellationToken.None);
        await time.WaitForTimerAsync(start + TimeSpan.FromSeconds(2) + IdentifyGate.Spacing);
        Assert.False(second.IsCompleted);
        time.AdvanceTo(start + TimeSpan.FromSeconds(2) + IdentifyGate.Spacing);

        await second.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
