namespace NovaForge.Runner.Tests.Reliability;

/// <summary>Two runs of one pipeline at once: exactly one proceeds, the other exits 1 naming the holder.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task A_second_concurrent_run_fails_fast_naming_the_first()
    {
        using var pipeline = new LocalPipelineCopy();
        using var first = NovaforgeProcess.Start(pipeline.Directory, "run", pipeline.Pipeline);
        var lockOwner = Path.Combine(pipeline.Directory, "support-tickets.state.json.lock.owner");
        for (var i = 0; i < 200 && !File.Exists(lockOwner); i++)
        {
            await Task.Delay(50);
        }

        using var second = NovaforgeProcess.Start(pipeline.Directory, "run", pipeline.Pipeline);
        var (secondExit, _, secondError) = await second.WaitAsync(TimeSpan.FromMinutes(1));
        var (firstExit, firstOutput, _) = await first.WaitAsync(TimeSpan.FromMinutes(3));

        Assert.Equal(1, secondExit);
        Assert.Contains("NF6003", secondError, StringComparison.Ordinal);
        Assert.Contains("pid ", secondError, StringComparison.Ordinal);
        Assert.Equal(0, firstExit);
        Assert.Contains("Pipeline complete.", firstOutput, StringComparison.Ordinal);
    }
}
