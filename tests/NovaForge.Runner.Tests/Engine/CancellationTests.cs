using NovaForge.Runner.Engine;
using NovaForge.Runner.State;

namespace NovaForge.Runner.Tests.Engine;

/// <summary>
/// Ctrl-C at each phase of a run: the run ends with an outcome the CLI reports (never an exception), the state file is
/// whole, and the next run completes the pipeline with every stage submitted exactly once.
/// </summary>
public sealed class CancellationTests : IDisposable
{
    private static readonly string[] AllStages = ["baseline", "sft", "eval_sft", "rft", "eval_rft", "deploy"];

    private readonly EngineFixture fixture = new();
    private readonly CancellationTokenSource cancel = new();

    public void Dispose()
    {
        cancel.Dispose();
        fixture.Dispose();
    }

    [Fact]
    public async Task Cancelling_while_data_is_prepared_interrupts_before_anything_is_recorded()
    {
        fixture.Observe = observer => observer.OnEvent = e => CancelOn(e == "sft: preparing");

        var (outcome, _) = await fixture.RunAsync(cancellation: cancel.Token);

        Assert.Equal(RunOutcome.Interrupted, outcome);
        Assert.Empty(fixture.Runtime.Submissions);
        Assert.False(fixture.StateFile.Exists);
        Assert.Empty(Directory.GetFiles(Path.Combine(fixture.Directory, ".novaforge", "prepared"), "*staging*"));
        await AssertNextRunCompletesSubmittingEachStageOnce();
    }

    [Fact]
    public async Task Cancelling_between_stages_submits_nothing_more()
    {
        fixture.Observe = observer => observer.OnEvent = e => CancelOn(e == "baseline: completed");

        var (outcome, _) = await fixture.RunAsync(cancellation: cancel.Token);

        Assert.Equal(RunOutcome.Interrupted, outcome);
        Assert.Equal(["baseline"], fixture.Runtime.SubmittedStages);
        Assert.Equal(["baseline"], fixture.State.Stages.Keys);
        await AssertNextRunCompletesSubmittingEachStageOnce();
    }

    [Theory]
    [InlineData("find")]
    [InlineData("submit")]
    public async Task Cancelling_during_the_find_or_submit_call_records_the_job_then_detaches(string call)
    {
        Action<string> cancelAtSft = job => CancelOn(job.Contains("-sft-", StringComparison.Ordinal));
        if (call == "find")
        {
            fixture.Runtime.OnFind = cancelAtSft;
        }
        else
        {
            fixture.Runtime.OnSubmit = cancelAtSft;
        }

        var (outcome, _) = await fixture.RunAsync(cancellation: cancel.Token);

        Assert.Equal(RunOutcome.Detached, outcome);
        AssertDetachedWithItsJobRecorded("sft");
        await AssertNextRunCompletesSubmittingEachStageOnce();
    }

    [Fact]
    public async Task Cancelling_while_re_attaching_leaves_the_job_detached_for_the_next_run()
    {
        fixture.Runtime.PollsToFinish = 5;
        fixture.Runtime.OnPoll = job => CancelOn(job.Contains("-sft-", StringComparison.Ordinal));
        await fixture.RunAsync(cancellation: cancel.Token);
        fixture.Runtime.OnPoll = null;
        using var again = new CancellationTokenSource();
        fixture.Runtime.OnFind = job =>
        {
            if (job.Contains("-sft-", StringComparison.Ordinal))
            {
                again.Cancel();
            }
        };

        var (outcome, _) = await fixture.RunAsync(cancellation: again.Token);

        Assert.Equal(RunOutcome.Interrupted, outcome);
        AssertDetachedWithItsJobRecorded("sft");
        await AssertNextRunCompletesSubmittingEachStageOnce();
    }

    [Fact]
    public async Task Cancelling_while_a_job_of_an_earlier_configuration_is_settled_changes_nothing()
    {
        fixture.Runtime.PollsToFinish = 5;
        fixture.Runtime.OnPoll = job => CancelOn(job.Contains("-sft-", StringComparison.Ordinal));
        await fixture.RunAsync(cancellation: cancel.Token);
        fixture.Runtime.OnPoll = null;
        var before = File.ReadAllText(fixture.StateFile.Path);
        using var again = new CancellationTokenSource();
        fixture.Runtime.OnFind = _ => again.Cancel();

        var (outcome, _) = await fixture.RunAsync(new RunOptions { ReplaceRunning = true }, again.Token, "stages.sft.overrides.max_steps=12");

        Assert.Equal(RunOutcome.Interrupted, outcome);
        Assert.Equal(before, File.ReadAllText(fixture.StateFile.Path));
        Assert.Empty(fixture.Runtime.Stopped);
        Assert.Single(fixture.Runtime.SubmittedStages, s => s == "sft");
    }

    private void CancelOn(bool condition)
    {
        if (condition)
        {
            cancel.Cancel();
        }
    }

    private void AssertDetachedWithItsJobRecorded(string stage)
    {
        var state = fixture.State.Stages[stage];
        Assert.Equal(StageStatus.Detached, state.Status);
        Assert.NotNull(state.LatestAttempt!.JobId);
        Assert.Single(fixture.Runtime.SubmittedStages, s => s == stage);
    }

    private async Task AssertNextRunCompletesSubmittingEachStageOnce()
    {
        fixture.Runtime.OnFind = null;
        fixture.Runtime.OnSubmit = null;
        fixture.Runtime.OnPoll = null;
        fixture.Observe = null;

        var (outcome, diagnostics) = await fixture.RunAsync();

        Assert.True(outcome == RunOutcome.Succeeded, string.Join("\n", diagnostics));
        Assert.Equal(AllStages, fixture.Runtime.SubmittedStages);
        Assert.All(fixture.State.Stages.Values, s => Assert.Equal(StageStatus.Completed, s.Status));
    }
}
