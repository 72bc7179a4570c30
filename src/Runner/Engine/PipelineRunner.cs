using NovaForge.Runner.FaultInjection;
using NovaForge.Runner.Planning;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.State;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Graph;
using NovaForge.Schema.Loading;

namespace NovaForge.Runner.Engine;

/// <summary>
/// Runs a pipeline's stages in order against one runtime, keeping the state file true at every instant:
/// "submitting NAME" is recorded before the submit call, a job that exists is re-attached rather than resubmitted,
/// completed stages with unchanged fingerprints are skipped, a failure stops its dependants.
/// </summary>
public sealed class PipelineRunner(Planner planner, IStageRuntime runtime, IStageDataPreparer preparer, IRunObserver observer, TimeProvider clock)
{
    /// <summary>
    /// Runs the pipeline. A cancellation (Ctrl-C) is honoured at every phase and always leaves the state file whole:
    /// before a job is submitted it ends the run as <see cref="RunOutcome.Interrupted"/>; once "submitting" is recorded
    /// the find and submit calls finish and the job is recorded first, then the run detaches from it (or stops it).
    /// </summary>
    public async Task<(RunOutcome Outcome, IReadOnlyList<Diagnostic> Diagnostics)> RunAsync(LoadResult loaded, StateFile file, PipelineState state, RunOptions options, CancellationToken cancellation)
    {
        var diagnostics = new List<Diagnostic>();
        try
        {
            return (await RunStagesAsync(loaded, new StageRecorder(file, clock), state, options, diagnostics, cancellation), diagnostics);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return (RunOutcome.Interrupted, diagnostics);
        }
    }

    private async Task<RunOutcome> RunStagesAsync(LoadResult loaded, StageRecorder recorder, PipelineState state, RunOptions options, List<Diagnostic> diagnostics, CancellationToken cancellation)
    {
        var handled = new HashSet<string>(StringComparer.Ordinal);
        var failed = new HashSet<string>(StringComparer.Ordinal);
        var prepared = new Dictionary<string, IReadOnlyList<PreparedData>>(StringComparer.Ordinal);
        var first = true;
        while (true)
        {
            var planDiagnostics = new List<Diagnostic>();
            var plan = planner.Plan(loaded, state, options.Plan, planDiagnostics);
            if (first || planDiagnostics.Any(d => d.IsError))
            {
                diagnostics.AddRange(planDiagnostics);
            }

            if (planDiagnostics.Any(d => d.IsError))
            {
                return RunOutcome.Failed;
            }

            if (first)
            {
                observer.Planned(plan);
                ReportSkips(plan, handled);
                first = false;

                // Fail before spending: the selection, the budget, jobs of earlier configurations still running, then
                // every stage's data, are checked before the first job is submitted.
                var blocked = SelectionGuard.Check(loaded.Pipeline!, plan).ToList();
                if (blocked.Count > 0)
                {
                    foreach (var stage in plan.Where(p => p.Decision == StageDecision.Blocked))
                    {
                        observer.NotStarted(stage, string.Join("; ", stage.Reasons));
                    }

                    diagnostics.AddRange(blocked);
                    return RunOutcome.Failed;
                }

                var overBudget = BudgetGuard.Check(loaded.Pipeline!, plan).ToList();
                if (overBudget.Count > 0)
                {
                    diagnostics.AddRange(overBudget);
                    return RunOutcome.Failed;
                }

                var unsettled = state;
                (var settled, state) = await new EarlierJobSettler(runtime, observer, recorder).SettleAsync(loaded.Pipeline!, plan, state, options, diagnostics, cancellation);
                if (!settled || !await PrepareAllAsync(loaded, plan, prepared, diagnostics, cancellation))
                {
                    return RunOutcome.Failed;
                }

                // Settling may have recorded a job that ended: plan again from what the state file now says (when
                // nothing was recorded, as in most runs, the plan stands).
                if (!ReferenceEquals(unsettled, state))
                {
                    continue;
                }
            }

            var next = plan.FirstOrDefault(p => !handled.Contains(p.Id) && p.Decision is StageDecision.Run or StageDecision.Rerun or StageDecision.Attach);
            if (next is null)
            {
                break;
            }

            handled.Add(next.Id);
            var blocker = Blocker(next, state, failed);
            if (blocker is not null)
            {
                observer.NotStarted(next, blocker);
                diagnostics.Add(DiagnosticFactory.StageNotStarted(next.Id, blocker));
                failed.Add(next.Id);
                continue;
            }

            if (options.DryRun)
            {
                var name = JobNames.For(loaded.Pipeline!.Name!, next.Id, next.Fingerprint!, NextAttempt(state, next.Id));
                observer.Skipped(next, $"dry run: would submit {name}");
                MarkDownstreamHandled(loaded, next, handled);
                continue;
            }

            var (outcome, newState) = await ExecuteAsync(loaded, recorder, state, next, prepared.GetValueOrDefault(next.Id) ?? [], options, diagnostics, cancellation);
            state = newState;
            if (outcome is RunOutcome.Detached or RunOutcome.Stopped)
            {
                return outcome;
            }

            if (outcome == RunOutcome.Failed)
            {
                failed.Add(next.Id);
                if (!options.KeepGoing)
                {
                    return RunOutcome.Failed;
                }
            }
        }

        return failed.Count > 0 || diagnostics.Any(d => d.IsError) ? RunOutcome.Failed : RunOutcome.Succeeded;
    }

    private void ReportSkips(IReadOnlyList<StagePlan> plan, HashSet<string> handled)
    {
        foreach (var stage in plan.Where(p => p.Decision == StageDecision.UpToDate))
        {
            observer.Skipped(stage, "up to date");
            handled.Add(stage.Id);
        }

        foreach (var stage in plan.Where(p => p.Decision == StageDecision.Excluded))
        {
            observer.Skipped(stage, "not selected");
            handled.Add(stage.Id);
        }
    }

    /// <summary>Why a stage cannot start: a dependency failed (with --keep-going) or has not completed.</summary>
    private static string? Blocker(StagePlan stage, PipelineState state, HashSet<string> failed)
    {
        foreach (var dependency in StageGraph.DependenciesOf(stage.Stage).Distinct())
        {
            if (failed.Contains(dependency))
            {
                return $"stage '{dependency}' failed";
            }

            if (state.Stages.GetValueOrDefault(dependency)?.Status != StageStatus.Completed)
            {
                return $"stage '{dependency}' has not completed";
            }
        }

        return stage.Fingerprint is null ? "its inputs are not known yet" : null;
    }

    /// <summary>A dry run cannot run downstream stages (their inputs are the outputs that were not produced).</summary>
    private void MarkDownstreamHandled(LoadResult loaded, StagePlan stage, HashSet<string> handled)
    {
        var graph = new StageGraph(loaded.Pipeline!.Stages!);
        foreach (var id in graph.Downstream(stage.Id))
        {
            handled.Add(id);
        }
    }

    /// <summary>Prepares the data of every stage that will run; false (with the rows' diagnostics) when any is invalid.</summary>
    private async Task<bool> PrepareAllAsync(LoadResult loaded, IReadOnlyList<StagePlan> plan, Dictionary<string, IReadOnlyList<PreparedData>> prepared, List<Diagnostic> diagnostics, CancellationToken cancellation)
    {
        var ok = true;
        foreach (var stage in plan.Where(p => p.Decision is StageDecision.Run or StageDecision.Rerun))
        {
            observer.Preparing(stage);
            var data = await preparer.PrepareAsync(loaded, stage.Stage, diagnostics, cancellation);
            if (data is null)
            {
                diagnostics.Add(DiagnosticFactory.DataPreparationFailed(stage.Id, stage.Stage.Dataset ?? stage.Stage.ValidationDataset ?? "?"));
                ok = false;
                continue;
            }

            prepared[stage.Id] = data;
        }

        return ok;
    }

    private async Task<(RunOutcome, PipelineState)> ExecuteAsync(LoadResult loaded, StageRecorder recorder, PipelineState state, StagePlan stage, IReadOnlyList<PreparedData> preparedData, RunOptions options, List<Diagnostic> diagnostics, CancellationToken cancellation)
    {
        // A Ctrl-C that came before this stage's submission submits nothing.
        cancellation.ThrowIfCancellationRequested();
        var previous = state.Stages.GetValueOrDefault(stage.Id);
        JobHandle? job;
        string jobName;
        IReadOnlyList<PreparedData> data;
        if (stage.Decision == StageDecision.Attach && previous?.LatestAttempt is { } attempt)
        {
            jobName = attempt.JobName;
            var directory = Path.GetDirectoryName(recorder.StatePath)!;
            data = previous.Outputs?.Data.Select(d => new PreparedData { Channel = d.Channel, Dataset = d.Dataset, Location = StatePaths.FromState(d.Location, directory)!, Rows = d.Rows, Sha256 = d.Sha256 }).ToList() ?? [];
            job = await runtime.FindAsync(jobName, cancellation);
        }
        else
        {
            data = preparedData;
            jobName = JobNames.For(loaded.Pipeline!.Name!, stage.Id, stage.Fingerprint!, NextAttempt(state, stage.Id));
            state = recorder.Record(state, stage, StageStatus.Submitting, jobName, data, null, null);
            CrashPoint.Reach(CrashPoint.SubmittingRecorded);

            // Once "submitting" is recorded, the find and submit calls are not cancelled: a Ctrl-C then takes effect
            // after the job is recorded, so the state never says "submitting" for a job that this run did submit.
            // A run that died after recording "submitting" may or may not have reached the runtime: ask before submitting.
            job = await runtime.FindAsync(jobName, CancellationToken.None);
        }

        var reattached = job is not null;
        if (job is null)
        {
            var (request, problems) = JobRequestBuilder.Build(loaded, stage, jobName, data, state, planner.Compiler);
            diagnostics.AddRange(problems);
            if (request is null)
            {
                state = recorder.Record(state, stage, StageStatus.Failed, jobName, data, null, "its recipe could not be rendered for submission");
                observer.Finished(stage, state.Stages[stage.Id]);
                return (RunOutcome.Failed, state);
            }

            job = await runtime.SubmitAsync(request, CancellationToken.None);
            CrashPoint.Reach(CrashPoint.Submitted);
        }

        state = recorder.Record(state, stage, StageStatus.Running, jobName, data, job.Id, null);
        observer.Submitted(stage, jobName, reattached);
        return await WatchAsync(recorder, state, stage, job, data, options, diagnostics, cancellation);
    }

    private async Task<(RunOutcome, PipelineState)> WatchAsync(StageRecorder recorder, PipelineState state, StagePlan stage, JobHandle job, IReadOnlyList<PreparedData> data, RunOptions options, List<Diagnostic> diagnostics, CancellationToken cancellation)
    {
        var logCount = 0;
        JobStatus status;
        try
        {
            while (true)
            {
                status = await runtime.GetStatusAsync(job, cancellation);
                var logs = await runtime.ReadLogsAsync(job, logCount, cancellation);
                logCount += logs.Count;
                observer.Progress(stage, status, logs);
                if (status.State.IsTerminal())
                {
                    break;
                }

                await Task.Delay(options.PollInterval, cancellation);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            if (options.StopOnCancel)
            {
                await runtime.StopAsync(job, CancellationToken.None);
                state = recorder.Record(state, stage, StageStatus.Stopped, job.Name, data, job.Id, "stopped on Ctrl-C");
                observer.Finished(stage, state.Stages[stage.Id]);
                return (RunOutcome.Stopped, state);
            }

            state = recorder.Record(state, stage, StageStatus.Detached, job.Name, data, job.Id, null);
            observer.Finished(stage, state.Stages[stage.Id]);
            return (RunOutcome.Detached, state);
        }

        if (status.State == JobState.Completed)
        {
            var outputs = await runtime.GetOutputsAsync(job, CancellationToken.None);
            CrashPoint.Reach(CrashPoint.JobCompleted);
            state = recorder.Record(state, stage, StageStatus.Completed, job.Name, data, job.Id, null, outputs, status);
            observer.Finished(stage, state.Stages[stage.Id]);
            return (RunOutcome.Succeeded, state);
        }

        var reason = status.Message ?? status.State.ToString().ToLowerInvariant();
        var final = status.State == JobState.Stopped ? StageStatus.Stopped : StageStatus.Failed;
        state = recorder.Record(state, stage, final, job.Name, data, job.Id, reason, jobStatus: status);
        observer.Finished(stage, state.Stages[stage.Id]);
        diagnostics.Add(DiagnosticFactory.StageFailed(stage.Id, job.Name, reason));
        return (RunOutcome.Failed, state);
    }

    private static int NextAttempt(PipelineState state, string stage) =>
        (state.Stages.GetValueOrDefault(stage)?.Attempts.Count ?? 0) + 1;
}
