namespace NovaForge.Runner.Tests.Reliability;

/// <summary>The local example pipeline run once, uninterrupted: what every interrupted run must end up equal to.</summary>
public sealed class ReferenceRun : IAsyncLifetime
{
    private readonly LocalPipelineCopy pipeline = new();

    public IReadOnlyList<string> Outcome { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var (exitCode, output, error) = await pipeline.RunAsync();
        Assert.True(exitCode == 0, output + error);
        Outcome = pipeline.Outcome();
    }

    public Task DisposeAsync()
    {
        pipeline.Dispose();
        return Task.CompletedTask;
    }
}
