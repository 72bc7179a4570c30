namespace NovaForge.Runner.Tests.Support;

/// <summary>A clock that always says the same time, for output that shows elapsed times.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
