namespace NewsBot.Discord.Tests.Fakes;

/// <summary>A <see cref="Random"/> whose every draw is the same fraction, so jitter is predictable.</summary>
internal sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;

    protected override double Sample() => value;
}
