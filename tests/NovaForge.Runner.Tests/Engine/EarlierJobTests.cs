using NovaForge.Runner.Engine;
using NovaForge.Runner.Planning;
using NovaForge.Runner.State;

namespace NovaForge.Runner.Tests.Engine;

/// <summary>
/// A stage whose configuration changed while its job was detached: the plan names the job, and a run never starts a
/// second job beside it, never forgets it, and records how it ended.
/// </summary>
public sealed class EarlierJobTests : IDisposable
{
    private const string ChangedSft = "stages.sft.overrides.max_steps=12";

    private readonly EngineFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public async Task The_plan_names_the_detached_job_of_the_earlier_configuration()
    {
        var detached = await DetachSftAsync(endsWhileDetached: false);
        var sft = fixture.Planner().Plan(fixture.Load(ChangedSft), fixture.State, new PlanOptions(), []).Single(p => p.Id == "sft");

        Assert.Equal(StageDecision.Run, sft.Decision);
        Assert.Equal([detached], sft.EarlierJobs.Select(a => a.JobName));
        Assert.Contains(sft.Reasons, r => r.StartsWith($"job {detached} of an earlier configuration was left detached", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_run_refuses_to_start_a_second_job_while_the_earlier_one_runs()
    {
        var detached = await DetachSftAsync(endsWhileDetached: false);

        var (outcome, diagnostics) = await fixture.RunAsync(sets: ChangedSft);

        Assert.Equal(RunOutcome.Failed, outcome);
        var refusal = Assert.Single(diagnostics, d => d.Code == "NF6011");
        Assert.Contains(detached, refusal.Message, StringComparison.Ordinal);
        Assert.Contains("--replace-running", refusal.Hint, StringComparison.Ordinal);
        Assert.Single(fixture.Runtime.SubmittedStages, s => s == "sft");
        Assert.Empty(fixture.Runtime.Stopped);
        Assert.Equal(StageStatus.Detached, fixture.State.Stages["sft"].Status);
    }

    [Fact]
    public async Task Replace_running_stops_the_earlier_job_records_it_and_submits_the_new_one()
    {
        var detached = await DetachSftAsync(endsWhileDetached: false);

        var (outcome, _) = await fixture.RunAsync(new RunOptions { ReplaceRunning = true }, sets: ChangedSft);

        Assert.Equal(RunOutcome.Succeeded, outcome);
        Assert.Equal([detached], fixture.Runtime.Stopped);
        var attempts = fixture.State.Stages["sft"].Attempts;
        Assert.Equal([(detached, StageStatus.Stopped), (fixture.Runtime.Submissions.Last(s => fixture.Runtime.RequestOf(s).StageId == "sft"), StageStatus.Completed)], attempts.Select(a => (a.JobName, a.Status)));
        Assert.Contains("--replace-running", attempts[0].Error, StringComparison.Ordinal);
        Assert.NotNull(attempts[0].EndedAt);
        Assert.Equal(2, fixture.Runtime.SubmittedStages.Count(s => s == "sft"));
    }

    [Fact]
    public async Task A_job_that_ended_while_detached_is_recorded_with_its_result_before_the_new_one_runs()
    {
        var detached = await DetachSftAsync(endsWhileDetached: true);

        var (outcome, diagnostics) = await fixture.RunAsync(sets: ChangedSft);

        Assert.True(outcome == RunOutcome.Succeeded, string.Join("\n", diagnostics.Select(d => d.ToString()).Concat(fixture.Observer.Events)));
        Assert.Empty(fixture.Runtime.Stopped);
        var first = fixture.State.Stages["sft"].Attempts[0];
        Assert.Equal((detached, StageStatus.Completed), (first.JobName, first.Status));
        Assert.Contains($"sft: job {detached} of an earlier configuration had ended: completed", fixture.Observer.Events);
    }

    [Fact]
    public async Task A_job_that_ended_while_detached_keeps_its_result_when_the_run_stops_before_submitting()
    {
        await DetachSftAsync(endsWhileDetached: true);
        var data = Path.Combine(fixture.Directory, "data", "questions.csv");
        var original = File.ReadAllText(data);
        File.AppendAllText(data, "\"Is 200 even?\",yes,extra\n");
        await fixture.RunAsync();
        File.WriteAllText(data, original);

        var (outcome, _) = await fixture.RunAsync(new RunOptions { Plan = new PlanOptions { To = "sft" } });

        Assert.Equal(RunOutcome.Succeeded, outcome);
        Assert.Contains("sft: skipped (up to date)", fixture.Observer.Events);
        Assert.StartsWith("s3://bucket/checkpoints/", fixture.State.Stages["sft"].Outputs!.Checkpoint, StringComparison.Ordinal);
        Assert.Single(fixture.Runtime.SubmittedStages, s => s == "sft");
    }

    /// <summary>Runs until sft's first poll, then detaches (Ctrl-C); returns sft's job name.</summary>
    private async Task<string> DetachSftAsync(bool endsWhileDetached)
    {
        using var cancel = new CancellationTokenSource();
        fixture.Runtime.PollsToFinish = 5;
        fixture.Runtime.OnPoll = job =>
        {
            if (job.Contains("-sft-", StringComparison.Ordinal))
            {
                cancel.Cancel();
            }
        };

        var (outcome, _) = await fixture.RunAsync(cancellation: cancel.Token);
        fixture.Runtime.OnPoll = null;
        fixture.Runtime.PollsToFinish = endsWhileDetached ? 1 : 5;

        Assert.Equal(RunOutcome.Detached, outcome);
        return fixture.State.Stages["sft"].LatestAttempt!.JobName;
    }
}
