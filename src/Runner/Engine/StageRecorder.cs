using System.Text.Json;
using NovaForge.Runner.Planning;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.State;

namespace NovaForge.Runner.Engine;

/// <summary>Writes what happens to a stage's jobs into the state file: one atomic save per change, returning the state written.</summary>
public sealed class StageRecorder(StateFile file, TimeProvider clock)
{
    public string StatePath => file.Path;

    private string Directory => Path.GetDirectoryName(file.Path)!;

    /// <summary>Records the job of the stage's current configuration (a new attempt the first time its name is seen).</summary>
    public PipelineState Record(PipelineState state, StagePlan plan, StageStatus status, string jobName, IReadOnlyList<PreparedData> data, string? jobId, string? error, JobOutputs? outputs = null, JobStatus? jobStatus = null)
    {
        var now = clock.GetUtcNow();
        var attempts = (state.Stages.GetValueOrDefault(plan.Id)?.Attempts ?? []).ToList();
        var index = attempts.FindIndex(a => a.JobName == jobName);
        var attempt = index >= 0
            ? attempts[index]
            : new AttemptRecord { Attempt = attempts.Count + 1, JobName = jobName, Fingerprint = plan.Fingerprint!, Status = status, SubmittedAt = now };
        attempt = attempt with
        {
            Status = status,
            JobId = StatePaths.ToState(jobId, Directory) ?? attempt.JobId,
            StartedAt = jobStatus?.StartedAt ?? attempt.StartedAt,
            EndedAt = status.MayBeRunning() ? null : jobStatus?.EndedAt ?? now,
            Error = error,
        };
        if (index >= 0)
        {
            attempts[index] = attempt;
        }
        else
        {
            attempts.Add(attempt);
        }

        var stage = new StageState
        {
            Status = status,
            Fingerprint = plan.Fingerprint!,
            Inputs = plan.Inputs,
            Config = JsonSerializer.SerializeToElement(plan.Config),
            Attempts = attempts,
            Error = error,
            StartedAt = attempt.StartedAt ?? attempt.SubmittedAt,
            EndedAt = attempt.EndedAt,
            Outputs = Outputs(data.Select(d => new PreparedDataRecord(d.Channel, d.Dataset, StatePaths.ToState(d.Location, Directory)!, d.Rows, d.Sha256)), outputs),
        };
        return file.Save(state.WithStage(plan.Id, stage), clock);
    }

    /// <summary>
    /// Records how a job of an earlier configuration ended. When it is the stage's latest attempt, the stage takes its
    /// outcome (and outputs), still under that configuration's fingerprint: a stage whose job completed while
    /// detached keeps that result, and is up to date again if the configuration is changed back.
    /// </summary>
    public PipelineState Settle(PipelineState state, string stageId, string jobName, StageStatus status, string? error, JobStatus? jobStatus = null, JobOutputs? outputs = null)
    {
        var stage = state.Stages[stageId];
        var endedAt = jobStatus?.EndedAt ?? clock.GetUtcNow();
        var attempts = stage.Attempts
            .Select(a => a.JobName == jobName ? a with { Status = status, StartedAt = jobStatus?.StartedAt ?? a.StartedAt, EndedAt = endedAt, Error = error } : a)
            .ToList();
        if (attempts[^1].JobName != jobName)
        {
            return file.Save(state.WithStage(stageId, stage with { Attempts = attempts }), clock);
        }

        var settled = stage with
        {
            Attempts = attempts,
            Status = status,
            Error = error,
            StartedAt = attempts[^1].StartedAt ?? stage.StartedAt,
            EndedAt = endedAt,
            Outputs = Outputs(stage.Outputs?.Data ?? [], outputs),
        };
        return file.Save(state.WithStage(stageId, settled), clock);
    }

    private StageOutputs Outputs(IEnumerable<PreparedDataRecord> data, JobOutputs? outputs) => new()
    {
        Data = [.. data],
        Checkpoint = StatePaths.ToState(outputs?.Checkpoint, Directory),
        EvalOutput = StatePaths.ToState(outputs?.EvalOutput, Directory),
        Endpoint = outputs?.Endpoint,
        Metrics = outputs?.Metrics ?? new Dictionary<string, double>(),
    };
}
