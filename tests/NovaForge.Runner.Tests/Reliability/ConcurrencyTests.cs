namespace NovaForge.Runner.Tests.Reliability;

/// <summary>Two runs of one pipeline started at the same instant: exactly one proceeds, the other exits 1 naming it.</summary>
[Collection(LocalRunsCollection.Name)]
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Of_two_runs_started_together_one_proceeds_and_the_other_fails_naming_it()
    {
        using var pipeline = new LocalPipelineCopy();
        using var first = NovaforgeProcess.Start(pipeline.Directory, "run", pipeline.Pipeline, "--to", "baseline");
        using var second = NovaforgeProcess.Start(pipeline.Directory, "run", pipeline.Pipeline, "--to", "baseline");

        var results = await Task.WhenAll(first.WaitAsync(TimeSpan.FromMinutes(2)), second.WaitAsync(TimeSpan.FromMinutes(2)));

        var winner = Assert.Single(results, r => r.ExitCode == 0);
        var loser = Assert.Single(results, r => r.ExitCode != 0);
        var winnerId = results[0] == winner ? first.Id : second.Id;
        Assert.Equal(1, loser.ExitCode);
        Assert.Contains("NF6003", loser.Error, StringComparison.Ordinal);
        Assert.Contains($"pid {winnerId} on {Environment.MachineName}", loser.Error, StringComparison.Ordinal);
        Assert.Contains("Pipeline complete.", winner.Output, StringComparison.Ordinal);
    }
}
