namespace NovaForge.Runner.Runtimes.Local;

/// <summary>What a local job's status file holds: the job status and the worker that runs it.</summary>
public sealed record LocalJobStatus
{
    public required JobStatus Job { get; init; }

    public int? WorkerPid { get; init; }
}
