using NovaForge.Runner.Planning;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.State;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Engine;

/// <summary>
/// Settles the jobs that a stage's earlier configurations may have left running (a detached run, or a runner that
/// died) before the stage gets a job for its current configuration, so that no job runs untracked beside another:
/// a job that ended has its outcome recorded in the attempt history; one still running is stopped when the run was
/// asked to replace it (--replace-running); otherwise the run refuses before anything is spent (NF6011).
/// </summary>
public sealed class EarlierJobSettler(IStageRuntime runtime, IRunObserver observer, StageRecorder recorder)
{
    /// <summary>The state with the settled jobs recorded, and whether every stage that will run is free of a running earlier job.</summary>
    public async Task<(bool Settled, PipelineState State)> SettleAsync(PipelineDefinition pipeline, IReadOnlyList<StagePlan> plan, PipelineState state, RunOptions options, List<Diagnostic> diagnostics, CancellationToken cancellation)
    {
        var settled = true;
        foreach (var stage in plan.Where(p => p.Decision is StageDecision.Run or StageDecision.Rerun or StageDecision.Attach))
        {
            foreach (var attempt in stage.EarlierJobs)
            {
                var job = await runtime.FindAsync(attempt.JobName, cancellation);
                var status = job is null ? null : await runtime.GetStatusAsync(job, cancellation);
                if (job is not null && !status!.State.IsTerminal())
                {
                    if (!options.ReplaceRunning)
                    {
                        diagnostics.Add(DiagnosticFactory.EarlierJobRunning(stage.Id, attempt.JobName, status.State.ToString().ToLowerInvariant(), StageLocation.Of(pipeline, stage.Id)));
                        settled = false;
                    }
                    else if (options.DryRun)
                    {
                        observer.Noted(stage, $"dry run: would stop job {attempt.JobName} of an earlier configuration");
                    }
                    else
                    {
                        await runtime.StopAsync(job, CancellationToken.None);
                        state = recorder.Settle(state, stage.Id, attempt.JobName, StageStatus.Stopped, "stopped by --replace-running: replaced by a new configuration");
                        observer.Noted(stage, $"stopped job {attempt.JobName} of an earlier configuration (--replace-running)");
                    }
                }
                else if (!options.DryRun)
                {
                    state = await RecordEndAsync(state, stage, attempt, job, status, cancellation);
                }
            }
        }

        return (settled, state);
    }

    private async Task<PipelineState> RecordEndAsync(PipelineState state, StagePlan stage, AttemptRecord attempt, JobHandle? job, JobStatus? status, CancellationToken cancellation)
    {
        if (job is null)
        {
            var why = attempt.Status == StageStatus.Submitting
                ? "never submitted: the run that recorded it ended before the submit call"
                : "the runtime no longer knows this job";
            observer.Noted(stage, $"job {attempt.JobName} of an earlier configuration: {why}");
            return recorder.Settle(state, stage.Id, attempt.JobName, StageStatus.Stopped, why);
        }

        var final = status!.State switch
        {
            JobState.Completed => StageStatus.Completed,
            JobState.Stopped => StageStatus.Stopped,
            _ => StageStatus.Failed,
        };
        var outputs = final == StageStatus.Completed ? await runtime.GetOutputsAsync(job, cancellation) : null;
        observer.Noted(stage, $"job {attempt.JobName} of an earlier configuration had ended: {final.Text()}");
        return recorder.Settle(state, stage.Id, attempt.JobName, final, final == StageStatus.Completed ? null : status.Message ?? final.Text(), status, outputs);
    }
}
